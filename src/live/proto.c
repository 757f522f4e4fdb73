/* proto.c: sending and receiving the messages of proto.h over a SOCK_SEQPACKET socket. */
#include "proto.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int live_send(int sock, uint32_t type, const void *data, size_t len, const int *fds, int nfds)
{
	unsigned char buf[LIVE_MSG_MAX];
	union {
		struct cmsghdr h;
		char space[CMSG_SPACE(sizeof(int) * LIVE_NFDS)];
	} ctl;
	struct iovec iov;
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };

	if (len > sizeof(buf) - sizeof(type) || nfds < 0 || nfds > LIVE_NFDS)
		return -EMSGSIZE;
	memcpy(buf, &type, sizeof(type));
	if (len)
		memcpy(buf + sizeof(type), data, len);
	iov.iov_base = buf;
	iov.iov_len = sizeof(type) + len;
	if (nfds) {
		struct cmsghdr *c;

		memset(&ctl, 0, sizeof(ctl));
		mh.msg_control = ctl.space;
		mh.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
		memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
	}
	/* MSG_NOSIGNAL: a client that left is an error here, never a SIGPIPE. */
	while (sendmsg(sock, &mh, MSG_NOSIGNAL) < 0)
		if (errno != EINTR)
			return -errno;
	return 0;
}

int live_send_u32(int sock, uint32_t type, uint32_t v)
{
	return live_send(sock, type, &v, sizeof(v), NULL, 0);
}

/* Takes the descriptors of SCM_RIGHTS messages; those past LIVE_NFDS are closed. */
static void take_fds(struct msghdr *mh, struct live_msg *m)
{
	for (struct cmsghdr *c = CMSG_FIRSTHDR(mh); c; c = CMSG_NXTHDR(mh, c)) {
		size_t n;

		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		n = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (size_t i = 0; i < n; i++) {
			int fd;

			memcpy(&fd, CMSG_DATA(c) + i * sizeof(int), sizeof(int));
			if (m->nfds < LIVE_NFDS)
				m->fds[m->nfds++] = fd;
			else
				close(fd);
		}
	}
}

int live_recv(int sock, struct live_msg *m)
{
	unsigned char buf[LIVE_MSG_MAX + sizeof(uint32_t)];
	union {
		struct cmsghdr h;
		char space[CMSG_SPACE(sizeof(int) * LIVE_NFDS * 2)];
	} ctl;
	struct iovec iov = { .iov_base = buf, .iov_len = sizeof(buf) };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.space,
			     .msg_controllen = sizeof(ctl.space) };
	ssize_t n;

	m->nfds = 0;
	m->len = 0;
	while ((n = recvmsg(sock, &mh, MSG_CMSG_CLOEXEC)) < 0)
		if (errno != EINTR)
			return -errno;
	take_fds(&mh, m);
	if (n == 0) {
		live_msg_close_fds(m);
		return 0;
	}
	if ((size_t)n < sizeof(uint32_t) || (size_t)n - sizeof(uint32_t) > sizeof(m->data) ||
	    (mh.msg_flags & MSG_TRUNC)) {
		live_msg_close_fds(m);
		return -EBADMSG;
	}
	memcpy(&m->type, buf, sizeof(uint32_t));
	m->len = (size_t)n - sizeof(uint32_t);
	memcpy(m->data, buf + sizeof(uint32_t), m->len);
	return 1;
}

void live_msg_close_fds(struct live_msg *m)
{
	for (int i = 0; i < m->nfds; i++)
		close(m->fds[i]);
	m->nfds = 0;
}

uint32_t live_msg_u32(const struct live_msg *m, size_t off, uint32_t def)
{
	uint32_t v;

	if (off + sizeof(v) > m->len)
		return def;
	memcpy(&v, m->data + off, sizeof(v));
	return v;
}
