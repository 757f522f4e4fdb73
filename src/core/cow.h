/* cow.h: small configuration blocks shared copy-on-write between devices, interned per world. */
#ifndef VL_COW_H
#define VL_COW_H

#include <stddef.h>

/*
 * A device's sysctl blocks (its net.ipv4.conf.DEV and net.ipv6.conf.DEV
 * knobs, its net.ipv{4,6}.neigh.DEV parameters) start as copies of the
 * namespace's defaults and most are never written: every device of a world
 * made alike holds the same bytes. A block is therefore shared, with a
 * reference count, among the devices whose blocks are equal, and a write
 * first gives the device its own copy (cow_write). The pointer a device
 * keeps is const, so that a write that bypasses cow_write does not compile.
 *
 * Blocks are compared with memcmp: their types must have no padding (an
 * explicit spare field fills it, always 0).
 */

/* The few blocks made last, for new equal ones to share (each holds a reference). */
#define COW_INTERN_SLOTS 4
struct cow_intern {
	const void *slot[COW_INTERN_SLOTS];
	unsigned int next;  /* the slot the next new block takes */
};

/* A shared block equal to the len bytes at val: one of in's, or a new one that in keeps. */
const void *cow_share(struct cow_intern *in, const void *val, size_t len);
/* One more reference to p. */
const void *cow_get(const void *p);
/* One reference fewer; the last frees the block (NULL: nothing). */
void cow_put(const void *p);
/*
 * The holder's block p made its own, writable: p itself when no one else
 * holds it, else a copy (and p's reference dropped). The holder keeps the
 * result in place of p.
 */
void *cow_write(const void *p, size_t len);
/* in's references dropped (when its world goes). */
void cow_intern_drop(struct cow_intern *in);

#endif
