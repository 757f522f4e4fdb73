/* ctl_errno.h: the one error of vethlab's own that the control API returns. */
#ifndef VL_CTL_ERRNO_H
#define VL_CTL_ERRNO_H

/*
 * A file or setting Linux has that vethlab does not model: returned as
 * -VL_ENOTEMUL, outside errno's range so it is never mistaken for an answer
 * the kernel gives (EOPNOTSUPP is one: writing carrier on a veth).
 */
#define VL_ENOTEMUL 4095

#endif
