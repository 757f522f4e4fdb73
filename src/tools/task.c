/* task.c: a command that runs another: whether it can be exec'd, and the namespace a task left running holds. */
#include <errno.h>
#include <string.h>

#include "../ctl/rtnl.h"
#include "cmd.h"

bool vl_cmd_can_exec(struct vl_cmd_ctx *c, const char *word, const char *what)
{
	if (c->host->program_exists(word))
		return true;
	/* what is one of the callers' literal formats, each with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	fprintf(c->err, what, word);
#pragma GCC diagnostic pop
	fprintf(c->err, ": %s\n", c->host->host_program(c, word) ? "running a host program is not supported by vethlab"
								    : strerror(ENOENT));
	return false;
}

void vl_task_hold_net(struct vl_task *t, struct netns *net)
{
	if (!t || t->net || t->done)
		return;
	rtnl_netns_hold(net);
	t->net = net;
}

void vl_task_exit_net(struct vl_task *t)
{
	struct netns *net = t->net;

	t->net = NULL;
	rtnl_netns_release(net);
}

void vl_task_free(struct vl_task *t)
{
	struct netns *net = t->net;

	if (t->ops->free)
		t->ops->free(t);
	if (net)
		rtnl_netns_release(net);
}
