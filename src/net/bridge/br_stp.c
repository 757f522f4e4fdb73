/*
 * br_stp.c: port states and the bridge's carrier (br_stp.c, br_stp_if.c).
 * No BPDU is sent or heard: this bridge is always the root and every port
 * designated, so a port goes to forwarding at once with STP off, and
 * through listening and learning, a forward delay each, with STP on.
 */
#include "../../core/netns.h"
#include "../../core/world.h"
#include "br_private.h"

const char *br_state_name(uint8_t state)
{
	static const char *const names[] = { "disabled", "listening", "learning", "forwarding", "blocking" };

	return state <= BR_STATE_BLOCKING ? names[state] : "unknown";
}

void br_set_state(struct net_bridge_port *p, uint8_t state)
{
	p->state = state;
}

/* veth answers 10000 Mb/s to ethtool; port_cost maps that to 2 (100 for an unknown speed). */
uint32_t br_port_cost(const struct netdev *dev)
{
	return dev->ethtool_ops && dev->ethtool_ops->get_link_ksettings ? 2 : 100;
}

/*
 * br_make_forwarding: a blocking port starts towards forwarding. The
 * forward delay timer runs even with STP off, as ip -d shows.
 */
static void br_make_forwarding(struct net_bridge_port *p)
{
	struct net_bridge *br = p->br;
	struct vl_clock *clock = &br->dev->net->world->clock;

	if (p->state != BR_STATE_BLOCKING)
		return;
	if (br->stp_enabled == BR_NO_STP || !br->forward_delay) {
		br_set_state(p, BR_STATE_FORWARDING);
		vl_timer_cancel(clock, &p->forward_delay_timer);
	} else {
		br_set_state(p, BR_STATE_LISTENING);
	}
	if (br->forward_delay)
		vl_timer_arm(clock, &p->forward_delay_timer, clock->now + br_clock_to_ns(br->forward_delay));
}

/* br_port_state_selection: every live port is designated; the bridge has carrier while one forwards. */
void br_port_state_selection(struct net_bridge *br)
{
	unsigned int liveports = 0;
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list) {
		struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (p->state == BR_STATE_DISABLED)
			continue;
		br_make_forwarding(p);
		if (p->state == BR_STATE_FORWARDING)
			liveports++;
	}
	if (liveports)
		netif_carrier_on(br->dev);
	else
		netif_carrier_off(br->dev);
}

/* br_stp_enable_port: br_init_port (blocking), then the selection. */
void br_stp_enable_port(struct net_bridge_port *p)
{
	br_set_state(p, BR_STATE_BLOCKING);
	br_port_state_selection(p->br);
}

/* br_stp_disable_port: disabled, timers stopped, what it had learnt forgotten. */
void br_stp_disable_port(struct net_bridge_port *p)
{
	struct net_bridge *br = p->br;

	br_set_state(p, BR_STATE_DISABLED);
	vl_timer_cancel(&br->dev->net->world->clock, &p->forward_delay_timer);
	br_fdb_delete_by_port(br, p, false);
	br_port_state_selection(br);
}

/* br_stp_enable_bridge: the garbage collector starts; each port that is up and running is enabled. */
void br_stp_enable_bridge(struct net_bridge *br)
{
	struct vl_list *pos;

	br_fdb_gc_start(br);
	vl_list_for_each(pos, &br->port_list) {
		struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if ((p->dev->flags & IFF_UP) && p->dev->carrier)
			br_stp_enable_port(p);
	}
}

void br_stp_disable_bridge(struct net_bridge *br)
{
	struct vl_list *pos;

	vl_list_for_each(pos, &br->port_list) {
		struct net_bridge_port *p = vl_list_entry(pos, struct net_bridge_port, list);

		if (p->state != BR_STATE_DISABLED)
			br_stp_disable_port(p);
	}
	vl_timer_cancel(&br->dev->net->world->clock, &br->gc_timer);
}

/* br_stp_set_enabled: ports already forwarding stay so; new ones take the forward delays. */
void br_stp_set_enabled(struct net_bridge *br, uint32_t val)
{
	if (val && br->stp_enabled == BR_NO_STP) {
		if (br->forward_delay < 2 * BR_HZ)
			br->forward_delay = 2 * BR_HZ;
		else if (br->forward_delay > 30 * BR_HZ)
			br->forward_delay = 30 * BR_HZ;
		br->stp_enabled = BR_KERNEL_STP;
		br_port_state_selection(br);
	} else if (!val) {
		br->stp_enabled = BR_NO_STP;
	}
}
