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

/*
 * __br_set_topology_change: with the kernel's STP, a topology change ages
 * entries in twice the forward delay, and its end restores the user's
 * ageing time (not when STP was turned off meanwhile).
 */
static void br_set_topology_change(struct net_bridge *br, bool val)
{
	if (br->stp_enabled == BR_KERNEL_STP && br->topology_change != val)
		br->ageing_time = val ? 2 * br->forward_delay : br->bridge_ageing_time;
	br->topology_change = val;
}

static void topology_change_timer_expired(struct vl_timer *t)
{
	struct net_bridge *br = vl_container_of(t, struct net_bridge, topology_change_timer);

	br->topology_change_detected = false;
	br_set_topology_change(br, false);
}

/* br_hello_timer_expired: a root bridge would send its hello BPDU here; it only re-arms. */
static void hello_timer_expired(struct vl_timer *t)
{
	struct net_bridge *br = vl_container_of(t, struct net_bridge, hello_timer);
	struct vl_clock *clock = &br->dev->net->world->clock;

	if (br->stp_enabled == BR_KERNEL_STP && (br->dev->flags & IFF_UP))
		vl_timer_arm(clock, &br->hello_timer, clock->now + br_clock_to_ns(br->hello_time));
}

void br_stp_timers_init(struct net_bridge *br)
{
	vl_timer_init_wheel(&br->topology_change_timer, topology_change_timer_expired);
	vl_timer_init_wheel(&br->hello_timer, hello_timer_expired);
}

/* STP's timers stop: the bridge goes down or STP off. */
static void br_stp_timers_stop(struct net_bridge *br)
{
	struct vl_clock *clock = &br->dev->net->world->clock;

	br_set_topology_change(br, false);
	br->topology_change_detected = false;
	vl_timer_cancel(clock, &br->topology_change_timer);
	vl_timer_cancel(clock, &br->hello_timer);
}

/* br_topology_change_detection: the root bridge (ours always is) starts a topology change. */
void br_topology_change_detection(struct net_bridge *br)
{
	struct vl_clock *clock = &br->dev->net->world->clock;

	if (br->stp_enabled != BR_KERNEL_STP)
		return;
	br_set_topology_change(br, true);
	br->topology_change_detected = true;
	vl_timer_arm(clock, &br->topology_change_timer,
		     clock->now + br_clock_to_ns(br->forward_delay + br->max_age));
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
	/* The hello timer starts at once (its first BPDU would go now). */
	if (br->stp_enabled == BR_KERNEL_STP)
		vl_timer_arm(&br->dev->net->world->clock, &br->hello_timer, br->dev->net->world->clock.now);
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
	br_stp_timers_stop(br);
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
		if (br->dev->flags & IFF_UP)
			vl_timer_arm(&br->dev->net->world->clock, &br->hello_timer, br->dev->net->world->clock.now);
		br_port_state_selection(br);
	} else if (!val) {
		/* br_stp_stop: STP's timers run out by themselves (the hello timer no longer re-arms). */
		br->stp_enabled = BR_NO_STP;
	}
}
