/* list.h: intrusive doubly linked list and container_of, after the kernel's list_head. */
#ifndef VL_LIST_H
#define VL_LIST_H

#include <stddef.h>

#define vl_container_of(ptr, type, member) \
	((type *)(void *)((char *)(ptr) - offsetof(type, member)))

struct vl_list {
	struct vl_list *prev, *next;
};

static inline void vl_list_init(struct vl_list *h)
{
	h->prev = h->next = h;
}

static inline int vl_list_empty(const struct vl_list *h)
{
	return h->next == h;
}

/* Insert n before pos (at the tail when pos is the head). */
static inline void vl_list_insert_before(struct vl_list *pos, struct vl_list *n)
{
	n->prev = pos->prev;
	n->next = pos;
	pos->prev->next = n;
	pos->prev = n;
}

static inline void vl_list_add_tail(struct vl_list *h, struct vl_list *n)
{
	vl_list_insert_before(h, n);
}

static inline void vl_list_add_head(struct vl_list *h, struct vl_list *n)
{
	vl_list_insert_before(h->next, n);
}

static inline void vl_list_del(struct vl_list *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
	n->prev = n->next = n;
}

#define vl_list_entry(ptr, type, member) vl_container_of(ptr, type, member)

#define vl_list_for_each(pos, head) \
	for ((pos) = (head)->next; (pos) != (head); (pos) = (pos)->next)

#define vl_list_for_each_safe(pos, tmp, head) \
	for ((pos) = (head)->next, (tmp) = (pos)->next; (pos) != (head); \
	     (pos) = (tmp), (tmp) = (pos)->next)

#endif
