/* hosts.c: names as glibc's files source answers them from /etc/hosts (shared by ping and arp). */
#include "hosts.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../ctl/sys.h"
#include "ip/ip_common.h"

#define HOSTS_FILE "/etc/hosts"

/* inet_pton(AF_INET): four decimal parts, no leading zeros. */
bool hosts_inet_pton4(const char *src, uint32_t *out)
{
	unsigned int part = 0;
	int octets = 0;
	bool saw_digit = false;
	uint32_t v = 0;

	for (; *src; src++) {
		if (*src >= '0' && *src <= '9') {
			if (saw_digit && part == 0)
				return false;
			part = part * 10 + (unsigned int)(*src - '0');
			if (part > 255)
				return false;
			if (!saw_digit) {
				if (++octets > 4)
					return false;
				saw_digit = true;
			}
		} else if (*src == '.' && saw_digit) {
			if (octets == 4)
				return false;
			v = v << 8 | part;
			part = 0;
			saw_digit = false;
		} else {
			return false;
		}
	}
	if (octets < 4)
		return false;
	*out = v << 8 | part;
	return true;
}

/* __inet_aton_exact: a, a.b, a.b.c or a.b.c.d, each part decimal, octal (0) or hex (0x). */
bool hosts_inet_aton_exact(const char *cp, uint32_t *out)
{
	static const uint32_t max[4] = { 0xffffffffu, 0xffffff, 0xffff, 0xff };
	uint8_t parts[4];
	int n = 0;
	unsigned long val;

	for (;;) {
		char *end;

		if (!isdigit((unsigned char)*cp))
			return false;
		errno = 0;
		val = strtoul(cp, &end, 0);
		if (errno || val > 0xffffffffUL)
			return false;
		cp = end;
		if (*cp != '.')
			break;
		if (n > 2 || val > 0xff)
			return false;
		parts[n++] = (uint8_t)val;
		cp++;
	}
	if (*cp || val > max[n])
		return false;
	*out = (uint32_t)val;
	for (int i = 0; i < n; i++)
		*out |= (uint32_t)parts[i] << (24 - 8 * i);
	return true;
}

/* Parses one hosts line (address, canonical name, aliases); false for none. */
static bool hosts_parse(char *line, struct hosts_entry *e, char **names, int max)
{
	char *save, *word, *hash = strchr(line, '#');

	if (hash)
		*hash = 0;
	word = strtok_r(line, " \t\r\n", &save);
	if (!word)
		return false;
	memset(&e->addr, 0, sizeof(e->addr));
	if (ip_get_ipv6(e->addr.v6, word) == 0)
		e->addr.family = 6;
	else if (hosts_inet_pton4(word, &e->addr.v4))
		e->addr.family = 4;
	else
		return false;
	e->nnames = 0;
	while (e->nnames < max && (word = strtok_r(NULL, " \t\r\n", &save)))
		names[e->nnames++] = word;
	e->names = names;
	return e->nnames > 0;
}

void hosts_each(const struct world *w, hosts_cb cb, void *arg)
{
	char line[4096];
	char *names[64];
	struct hosts_entry e;
	FILE *f;

	/* A fuzzed world reads no host file. */
	if (!sys_host_files(w))
		return;
	f = fopen(HOSTS_FILE, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		bool whole = strchr(line, '\n') != NULL;

		if (hosts_parse(line, &e, names, 64) && cb(&e, arg))
			break;
		/* The rest of an over-long line is not a line of its own. */
		while (!whole && fgets(line, sizeof(line), f))
			whole = strchr(line, '\n') != NULL;
	}
	fclose(f);
}

struct hosts_rev {
	const struct hosts_addr *addr;
	char *buf;
	size_t len;
	bool found;
};

static bool hosts_rev_cb(const struct hosts_entry *e, void *arg)
{
	struct hosts_rev *r = arg;

	if (e->addr.family != r->addr->family)
		return false;
	if (r->addr->family == 4 ? e->addr.v4 != r->addr->v4 : memcmp(e->addr.v6, r->addr->v6, 16))
		return false;
	snprintf(r->buf, r->len, "%s", e->names[0]);
	r->found = true;
	return true;
}

const char *hosts_name(const struct world *w, const struct hosts_addr *a, char *buf, size_t len)
{
	struct hosts_rev r = { a, buf, len, false };

	hosts_each(w, hosts_rev_cb, &r);
	return r.found ? buf : NULL;
}

const char *hosts_name4(const struct world *w, uint32_t addr, char *buf, size_t len)
{
	const struct hosts_addr a = { .family = 4, .v4 = addr };

	return hosts_name(w, &a, buf, len);
}

struct hosts_fwd4 {
	const char *name;
	uint32_t *out;
	bool found;
};

/* The first IPv4 line naming it. */
static bool hosts_fwd4_cb(const struct hosts_entry *e, void *arg)
{
	struct hosts_fwd4 *f = arg;

	if (e->addr.family != 4)
		return false;
	for (int i = 0; i < e->nnames; i++) {
		if (!strcasecmp(e->names[i], f->name)) {
			*f->out = e->addr.v4;
			f->found = true;
			return true;
		}
	}
	return false;
}

bool hosts_addr4(const struct world *w, const char *name, uint32_t *out)
{
	struct hosts_fwd4 f = { name, out, false };

	hosts_each(w, hosts_fwd4_cb, &f);
	return f.found;
}

bool hosts_dns_would_query(const char *name)
{
	size_t label = 0, len = strlen(name);

	if (!len)
		return false;
	if (!strcmp(name, ".") || len > 253)
		return true;
	if (name[0] == '-')
		return false;
	for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
		if (*c >= 0x80 || *c == '\\')
			return true;
		if (*c == '.') {
			if (!label)
				return false;
			label = 0;
			continue;
		}
		if (!isalnum(*c) && *c != '-' && *c != '_')
			return false;
		if (++label > 63)
			return false;
	}
	return true;
}

