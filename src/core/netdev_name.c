/* netdev_name.c: the names a device answers to in its namespace, its own and its alternative ones. */
#include "netdev.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "netns.h"

/*
 * rtnl_prop_list_size must stay below U16_MAX with one more name: each
 * alternative name counts nla_total_size(ALTIFNAMSIZ), the list 4 more.
 */
#define ALTNAME_ATTR_SIZE (4 + ALTIFNAMSIZ)
#define PROP_LIST_MAX 65535u

/* An alternative name, allocated with its text. */
struct netdev_altname {
	struct netdev_name_node node;
	char text[];
};

static struct netdev_name_node *name_lookup(const struct netns *net, const char *name)
{
	struct vl_hnode *h;

	for (h = vl_htab_first(&net->dev_by_name, vl_hash_str(name)); h; h = vl_htab_next(h)) {
		struct netdev_name_node *n = vl_container_of(h, struct netdev_name_node, hnode);

		if (!strcmp(n->name, name))
			return n;
	}
	return NULL;
}

struct netdev *netdev_get_by_name(const struct netns *net, const char *name)
{
	struct netdev_name_node *n = name_lookup(net, name);

	return n ? n->dev : NULL;
}

struct netdev *netdev_get_by_own_name(const struct netns *net, const char *name)
{
	struct netdev_name_node *n = name_lookup(net, name);

	return n && n == &n->dev->name_node ? n->dev : NULL;
}

static void name_hash_in(struct netns *net, struct netdev_name_node *n)
{
	vl_htab_insert(&net->dev_by_name, &n->hnode, vl_hash_str(n->name));
}

void netdev_names_init(struct netdev *dev)
{
	dev->name_node.dev = dev;
	dev->name_node.name = dev->name;
	vl_list_init(&dev->altnames);
}

void netdev_names_hash_in(struct netns *net, struct netdev *dev)
{
	struct vl_list *pos;

	name_hash_in(net, &dev->name_node);
	vl_list_for_each(pos, &dev->altnames)
		name_hash_in(net, vl_list_entry(pos, struct netdev_name_node, list));
}

void netdev_names_hash_out(struct netdev *dev)
{
	struct vl_list *pos;

	vl_htab_remove(&dev->net->dev_by_name, &dev->name_node.hnode);
	vl_list_for_each(pos, &dev->altnames)
		vl_htab_remove(&dev->net->dev_by_name,
			       &vl_list_entry(pos, struct netdev_name_node, list)->hnode);
}

void netdev_name_rehash(struct netdev *dev, const char *name)
{
	vl_htab_remove(&dev->net->dev_by_name, &dev->name_node.hnode);
	snprintf(dev->name, sizeof(dev->name), "%s", name);
	name_hash_in(dev->net, &dev->name_node);
}

const char *netdev_altname_taken_in(const struct netns *net, const struct netdev *dev)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &dev->altnames) {
		const char *name = vl_list_entry(pos, struct netdev_name_node, list)->name;

		if (name_lookup(net, name))
			return name;
	}
	return NULL;
}

int netdev_altname_add(struct netdev *dev, const char *name, const char **extack)
{
	size_t len = strlen(name);
	struct netdev_altname *a;

	if (4 + ALTNAME_ATTR_SIZE * (dev->n_altnames + 1u) >= PROP_LIST_MAX) {
		*extack = "effective property list too long";
		return -EINVAL;
	}
	if (name_lookup(dev->net, name))
		return -EEXIST;
	a = vl_calloc(1, sizeof(*a) + len + 1);
	memcpy(a->text, name, len + 1);
	a->node.dev = dev;
	a->node.name = a->text;
	name_hash_in(dev->net, &a->node);
	vl_list_add_tail(&dev->altnames, &a->node.list);
	dev->n_altnames++;
	return 0;
}

int netdev_altname_del(struct netdev *dev, const char *name)
{
	struct netdev_name_node *n = name_lookup(dev->net, name);

	if (!n)
		return -ENOENT;
	/* The device's own name, or another device's. */
	if (n == &dev->name_node || n->dev != dev)
		return -EINVAL;
	vl_htab_remove(&dev->net->dev_by_name, &n->hnode);
	vl_list_del(&n->list);
	dev->n_altnames--;
	free(vl_container_of(n, struct netdev_altname, node));
	return 0;
}

void netdev_altnames_free(struct netdev *dev)
{
	while (!vl_list_empty(&dev->altnames)) {
		struct netdev_name_node *n = vl_list_entry(dev->altnames.next, struct netdev_name_node, list);

		vl_list_del(&n->list);
		free(vl_container_of(n, struct netdev_altname, node));
	}
	dev->n_altnames = 0;
}
