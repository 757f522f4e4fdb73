/* task.c: what a command left running holds: the namespace it runs in, until the runner frees it. */
#include "../ctl/rtnl.h"
#include "cmd.h"

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
