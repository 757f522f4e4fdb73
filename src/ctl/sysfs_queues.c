/* sysfs_queues.c: /sys/class/net/DEV/power (runtime PM) and queues/rx-N, tx-N (net-sysfs.c's queue attributes). */
#include "sysfs_queues.h"

#include <ctype.h>
#include <stddef.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/netdev.h"
#include "ctl_errno.h"
#include "vfs_int.h"

/*
 * power/ (the driver core's runtime PM group) and queues/rx-N, queues/tx-N
 * (net-sysfs.c's rx_queue and netdev_queue attributes): files that take the
 * queue's index. A NULL store is a 0444 file.
 */
struct sub_attr {
	const char *name;
	int (*show)(const struct netdev *dev, unsigned int q, FILE *f);
	int (*store)(struct netdev *dev, unsigned int q, const char *buf, size_t len);
};

/* sysfs_streq: the same text, give or take one trailing newline. */
static bool sysfs_streq(const char *buf, size_t len, const char *s)
{
	size_t n = strlen(s);

	if (len == n + 1 && buf[n] == '\n')
		len--;
	return len == n && !strncmp(buf, s, n);
}

static int sub_zero_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)dev, (void)q;
	fputs("0\n", f);
	return 0;
}

/* Runtime PM is never enabled on a network device: no autosuspend (EIO both ways). */
static int autosuspend_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)dev, (void)q, (void)f;
	return -EIO;
}

static int autosuspend_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)dev, (void)q, (void)buf, (void)len;
	return -EIO;
}

static int control_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)dev, (void)q;
	fputs("auto\n", f);
	return 0;
}

/* control_store: "auto" is what it is; "on" (pm_runtime_forbid) is not emulated. */
static int control_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)dev, (void)q;
	if (sysfs_streq(buf, len, "auto"))
		return 0;
	return sysfs_streq(buf, len, "on") ? -VL_ENOTEMUL : -EINVAL;
}

static int runtime_status_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)dev, (void)q;
	fputs("unsupported\n", f);
	return 0;
}

static const struct sub_attr power_attrs[] = {
	{ "autosuspend_delay_ms", autosuspend_show, autosuspend_store },
	{ "control", control_show, control_store },
	{ "runtime_active_time", sub_zero_show, NULL },
	{ "runtime_status", runtime_status_show, NULL },
	{ "runtime_suspended_time", sub_zero_show, NULL },
	{ NULL, NULL, NULL },
};

/* vethlab's machine: nr_cpu_ids, as the veth driver's num_possible_cpus(). */
#define SYSFS_NR_CPU_IDS 2

/* bitmap_print_to_pagebuf of an empty nbits-bit mask: 32-bit words of zeros, comma-separated. */
static void put_empty_mask(FILE *f, unsigned int nbits)
{
	unsigned int first = nbits % 32 ? nbits % 32 : 32;

	fprintf(f, "%0*d", (int)((first + 3) / 4), 0);
	for (unsigned int w = (nbits - 1) / 32; w > 0; w--)
		fputs(",00000000", f);
	fputc('\n', f);
}

static unsigned int hexval(char c)
{
	return isdigit((unsigned char)c) ? (unsigned int)(c - '0') : (unsigned int)((c | 0x20) - 'a' + 10);
}

/* __end_of_region: what separates bitmap_parse's words. */
static bool mask_sep(char c)
{
	return isspace((unsigned char)c) || c == ',';
}

/*
 * bitmap_parse into an nbits-bit mask, up to the first newline, read from
 * its end as the kernel reads it: words of up to 8 hex digits between commas
 * or whitespace (a ninth hex digit is EOVERFLOW, a character that is not hex
 * inside a word EINVAL; the one right after 8 digits is passed over, as the
 * kernel does); nothing at all is the empty mask. More words than the mask
 * has, or a bit beyond it, is EOVERFLOW. -errno, or whether any bit is set.
 */
static int parse_mask(const char *buf, size_t len, unsigned int nbits, bool *any)
{
	unsigned int chunks = (nbits + 31) / 32, words = 0;
	uint32_t top = 0;
	const char *nl = memchr(buf, '\n', len);
	ptrdiff_t start = 0, end = (nl ? nl - buf : (ptrdiff_t)len) - 1;

	*any = false;
	for (;;) {
		uint32_t word = 0;
		int i;

		while (start <= end && mask_sep(buf[end]))
			end--;
		if (start > end)
			break;
		if (words++ == chunks)
			return -EOVERFLOW;
		for (i = 0; i < 32; i += 4) {
			if (!isxdigit((unsigned char)buf[end]))
				return -EINVAL;
			word |= hexval(buf[end--]) << i;
			if (start > end || mask_sep(buf[end]))
				break;
		}
		if (i == 32 && isxdigit((unsigned char)buf[end--]))
			return -EOVERFLOW;
		*any |= word != 0;
		top = word;
	}
	/* The most significant word read must not reach past nbits. */
	if (words == chunks && nbits % 32 && top >> (nbits % 32))
		return -EOVERFLOW;
	return 0;
}

/* A mask nobody is in changes nothing; steering to CPUs or queues (RPS, XPS) is not modelled. */
static int mask_store(const char *buf, size_t len, unsigned int nbits)
{
	bool any;
	int err = parse_mask(buf, len, nbits, &any);

	return err ? err : any ? -VL_ENOTEMUL : 0;
}

static int rps_cpus_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)dev, (void)q;
	put_empty_mask(f, SYSFS_NR_CPU_IDS);
	return 0;
}

static int rps_cpus_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)dev, (void)q;
	return mask_store(buf, len, SYSFS_NR_CPU_IDS);
}

/* rps_flow_cnt: the flow table's size; 0 (none) is what it is, a table is not modelled. */
static int rps_flow_cnt_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	char *text = vl_strndup(buf, len);
	uint64_t v;
	int err = sysfs_kstrtoul(text, &v);

	(void)dev, (void)q;
	free(text);
	return err ? err : v ? -VL_ENOTEMUL : 0;
}

static const struct sub_attr rx_queue_attrs[] = {
	{ "rps_cpus", rps_cpus_show, rps_cpus_store },
	{ "rps_flow_cnt", sub_zero_show, rps_flow_cnt_store },
	{ NULL, NULL, NULL },
};

/* netif_is_multiqueue: more than one transmit queue allocated. */
static bool dev_multiqueue(const struct netdev *dev)
{
	return dev->num_tx_queues > 1;
}

/* traffic_class and xps_cpus exist for a multiqueue device only (ENOENT otherwise). */
static int traffic_class_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)q;
	if (!dev_multiqueue(dev))
		return -ENOENT;
	fputs("0\n", f);
	return 0;
}

static int xps_cpus_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)q;
	if (!dev_multiqueue(dev))
		return -ENOENT;
	put_empty_mask(f, SYSFS_NR_CPU_IDS);
	return 0;
}

static int xps_cpus_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)q;
	if (!dev_multiqueue(dev))
		return -ENOENT;
	return mask_store(buf, len, SYSFS_NR_CPU_IDS);
}

/* xps_rxqs: a mask of num_rx_queues bits. */
static int xps_rxqs_show(const struct netdev *dev, unsigned int q, FILE *f)
{
	(void)q;
	put_empty_mask(f, dev->num_rx_queues);
	return 0;
}

static int xps_rxqs_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)q;
	return mask_store(buf, len, dev->num_rx_queues);
}

/* tx_maxrate_store: no vethlab driver has ndo_set_tx_maxrate, refused before the value is read. */
static int tx_maxrate_store(struct netdev *dev, unsigned int q, const char *buf, size_t len)
{
	(void)dev, (void)q, (void)buf, (void)len;
	return -EOPNOTSUPP;
}

static const struct sub_attr tx_queue_attrs[] = {
	{ "traffic_class", traffic_class_show, NULL },
	{ "tx_maxrate", sub_zero_show, tx_maxrate_store },
	{ "tx_timeout", sub_zero_show, NULL },
	{ "xps_cpus", xps_cpus_show, xps_cpus_store },
	{ "xps_rxqs", xps_rxqs_show, xps_rxqs_store },
	{ NULL, NULL, NULL },
};

static const struct sub_attr *sub_find(const struct sub_attr *t, const char *name, size_t len)
{
	for (; t->name; t++)
		if (strlen(t->name) == len && !strncmp(t->name, name, len))
			return t;
	return NULL;
}

/* "rx-N" or "tx-N" (n bytes) for a queue the device has: its table, or NULL. */
static const struct sub_attr *queue_find(const struct netdev *dev, const char *name, size_t n, unsigned int *q)
{
	unsigned int count;
	const struct sub_attr *t;
	uint64_t v = 0;

	if (n < 4 || name[2] != '-' || (name[3] == '0' && n > 4))
		return NULL;
	if (!strncmp(name, "rx", 2))
		count = dev->real_num_rx_queues, t = rx_queue_attrs;
	else if (!strncmp(name, "tx", 2))
		count = dev->real_num_tx_queues, t = tx_queue_attrs;
	else
		return NULL;
	for (size_t i = 3; i < n; i++) {
		if (name[i] < '0' || name[i] > '9' || v > UINT_MAX)
			return NULL;
		v = v * 10 + (uint64_t)(name[i] - '0');
	}
	if (v >= count)
		return NULL;
	*q = (unsigned int)v;
	return t;
}


int sysfs_sub_walk(struct netdev *dev, bool power, const char *rest, struct sysfs_sub_node *nd)
{
	size_t n = strcspn(rest, "/");

	memset(nd, 0, sizeof(*nd));
	if (power) {
		nd->attr = sub_find(power_attrs, rest, n);
		return !nd->attr ? -ENOENT : rest[n] ? -ENOTDIR : 0;
	}
	nd->dir = queue_find(dev, rest, n, &nd->queue);
	if (!nd->dir)
		return -ENOENT;
	if (!rest[n])
		return 0;
	rest += n + 1;
	n = strcspn(rest, "/");
	nd->attr = sub_find(nd->dir, rest, n);
	return !nd->attr ? -ENOENT : rest[n] ? -ENOTDIR : 0;
}

/* queues/: rx-0.. and tx-0.., as many as the device uses (real_num_*_queues). */
static void list_queues(const struct netdev *dev, struct vfs_names *n)
{
	char name[16];

	for (unsigned int i = 0; i < dev->real_num_rx_queues; i++) {
		snprintf(name, sizeof(name), "rx-%u", i);
		vfs_names_add(n, name);
	}
	for (unsigned int i = 0; i < dev->real_num_tx_queues; i++) {
		snprintf(name, sizeof(name), "tx-%u", i);
		vfs_names_add(n, name);
	}
}


int sysfs_sub_list_top(const struct netdev *dev, bool power, struct vfs_names *n)
{
	if (!power) {
		list_queues(dev, n);
		return 0;
	}
	for (const struct sub_attr *t = power_attrs; t->name; t++)
		vfs_names_add(n, t->name);
	return 0;
}

int sysfs_sub_list(const struct netdev *dev, const struct sysfs_sub_node *nd, struct vfs_names *n)
{
	(void)dev;
	if (nd->attr)
		return -ENOTDIR;
	for (const struct sub_attr *t = nd->dir; t->name; t++)
		vfs_names_add(n, t->name);
	return 0;
}

int sysfs_sub_show(const struct netdev *dev, const struct sysfs_sub_node *nd, FILE *f)
{
	return nd->attr ? nd->attr->show(dev, nd->queue, f) : -EISDIR;
}

int sysfs_sub_writable(const struct sysfs_sub_node *nd)
{
	return nd->attr && nd->attr->store ? 0 : -EACCES;
}

int sysfs_sub_store(struct netdev *dev, const struct sysfs_sub_node *nd, const char *buf, size_t len)
{
	int err = sysfs_sub_writable(nd);

	return err ? err : nd->attr->store(dev, nd->queue, buf, len);
}
