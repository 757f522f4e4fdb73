/* hosts.h: names as glibc's files source answers them from /etc/hosts, and the checks before DNS. */
#ifndef VL_HOSTS_H
#define VL_HOSTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct world;

/* An address of a hosts line. */
struct hosts_addr {
	int family;             /* 4 or 6 */
	uint32_t v4;            /* host order */
	uint8_t v6[16];
};

/* One usable line: its address, canonical name (names[0]) and aliases. */
struct hosts_entry {
	struct hosts_addr addr;
	char **names;
	int nnames;
};

/* Returns true to stop the walk. */
typedef bool (*hosts_cb)(const struct hosts_entry *e, void *arg);

/* nss_files: each usable line of /etc/hosts, in order, until cb says stop (none in a fuzzed world). */
void hosts_each(const struct world *w, hosts_cb cb, void *arg);
/* gethostbyaddr from the files source: the canonical name of a, NULL if none. */
const char *hosts_name(const struct world *w, const struct hosts_addr *a, char *buf, size_t len);
/* As hosts_name for an IPv4 address, NULL if none. */
const char *hosts_name4(const struct world *w, uint32_t addr, char *buf, size_t len);
/* gethostbyname from the files source: the first IPv4 address of name (any case). */
bool hosts_addr4(const struct world *w, const char *name, uint32_t *out);
/* inet_pton(AF_INET): four decimal parts, no leading zeros. */
bool hosts_inet_pton4(const char *src, uint32_t *out);
/* __inet_aton_exact: a, a.b, a.b.c or a.b.c.d, each part decimal, octal (0) or hex (0x). */
bool hosts_inet_aton_exact(const char *cp, uint32_t *out);
/*
 * Would glibc send name to DNS? nss_dns refuses names res_hnok rejects, and
 * anything doubtful counts as a DNS query.
 */
bool hosts_dns_would_query(const char *name);

#endif
