/* dev_features.c: netdev features (features, hw_features, wanted_features) as net/core/dev.c keeps them. */
#include "netdev_features.h"

#include "netdev.h"

const char netdev_features_strings[NETDEV_FEATURE_COUNT][32] = {
	[NETIF_F_SG_BIT] = "tx-scatter-gather",
	[NETIF_F_IP_CSUM_BIT] = "tx-checksum-ipv4",
	[NETIF_F_HW_CSUM_BIT] = "tx-checksum-ip-generic",
	[NETIF_F_IPV6_CSUM_BIT] = "tx-checksum-ipv6",
	[NETIF_F_HIGHDMA_BIT] = "highdma",
	[NETIF_F_FRAGLIST_BIT] = "tx-scatter-gather-fraglist",
	[NETIF_F_HW_VLAN_CTAG_TX_BIT] = "tx-vlan-hw-insert",
	[NETIF_F_HW_VLAN_CTAG_RX_BIT] = "rx-vlan-hw-parse",
	[NETIF_F_HW_VLAN_CTAG_FILTER_BIT] = "rx-vlan-filter",
	[NETIF_F_VLAN_CHALLENGED_BIT] = "vlan-challenged",
	[NETIF_F_GSO_BIT] = "tx-generic-segmentation",
	[NETIF_F_GRO_BIT] = "rx-gro",
	[NETIF_F_LRO_BIT] = "rx-lro",
	[NETIF_F_TSO_BIT] = "tx-tcp-segmentation",
	[NETIF_F_GSO_ROBUST_BIT] = "tx-gso-robust",
	[NETIF_F_TSO_ECN_BIT] = "tx-tcp-ecn-segmentation",
	[NETIF_F_TSO_MANGLEID_BIT] = "tx-tcp-mangleid-segmentation",
	[NETIF_F_TSO6_BIT] = "tx-tcp6-segmentation",
	[NETIF_F_FSO_BIT] = "tx-fcoe-segmentation",
	[NETIF_F_GSO_GRE_BIT] = "tx-gre-segmentation",
	[NETIF_F_GSO_GRE_CSUM_BIT] = "tx-gre-csum-segmentation",
	[NETIF_F_GSO_IPXIP4_BIT] = "tx-ipxip4-segmentation",
	[NETIF_F_GSO_IPXIP6_BIT] = "tx-ipxip6-segmentation",
	[NETIF_F_GSO_UDP_TUNNEL_BIT] = "tx-udp_tnl-segmentation",
	[NETIF_F_GSO_UDP_TUNNEL_CSUM_BIT] = "tx-udp_tnl-csum-segmentation",
	[NETIF_F_GSO_PARTIAL_BIT] = "tx-gso-partial",
	[NETIF_F_GSO_TUNNEL_REMCSUM_BIT] = "tx-tunnel-remcsum-segmentation",
	[NETIF_F_GSO_SCTP_BIT] = "tx-sctp-segmentation",
	[NETIF_F_GSO_ESP_BIT] = "tx-esp-segmentation",
	[NETIF_F_GSO_UDP_L4_BIT] = "tx-udp-segmentation",
	[NETIF_F_GSO_FRAGLIST_BIT] = "tx-gso-list",
	[NETIF_F_GSO_ACCECN_BIT] = "tx-tcp-accecn-segmentation",
	[NETIF_F_FCOE_CRC_BIT] = "tx-checksum-fcoe-crc",
	[NETIF_F_SCTP_CRC_BIT] = "tx-checksum-sctp",
	[NETIF_F_NTUPLE_BIT] = "rx-ntuple-filter",
	[NETIF_F_RXHASH_BIT] = "rx-hashing",
	[NETIF_F_RXCSUM_BIT] = "rx-checksum",
	[NETIF_F_NOCACHE_COPY_BIT] = "tx-nocache-copy",
	[NETIF_F_LOOPBACK_BIT] = "loopback",
	[NETIF_F_RXFCS_BIT] = "rx-fcs",
	[NETIF_F_RXALL_BIT] = "rx-all",
	[NETIF_F_HW_VLAN_STAG_TX_BIT] = "tx-vlan-stag-hw-insert",
	[NETIF_F_HW_VLAN_STAG_RX_BIT] = "rx-vlan-stag-hw-parse",
	[NETIF_F_HW_VLAN_STAG_FILTER_BIT] = "rx-vlan-stag-filter",
	[NETIF_F_HW_L2FW_DOFFLOAD_BIT] = "l2-fwd-offload",
	[NETIF_F_HW_TC_BIT] = "hw-tc-offload",
	[NETIF_F_HW_ESP_BIT] = "esp-hw-offload",
	[NETIF_F_HW_ESP_TX_CSUM_BIT] = "esp-tx-csum-hw-offload",
	[NETIF_F_RX_UDP_TUNNEL_PORT_BIT] = "rx-udp_tunnel-port-offload",
	[NETIF_F_HW_TLS_TX_BIT] = "tls-hw-tx-offload",
	[NETIF_F_HW_TLS_RX_BIT] = "tls-hw-rx-offload",
	[NETIF_F_GRO_HW_BIT] = "rx-gro-hw",
	[NETIF_F_HW_TLS_RECORD_BIT] = "tls-hw-record",
	[NETIF_F_GRO_FRAGLIST_BIT] = "rx-gro-list",
	[NETIF_F_HW_MACSEC_BIT] = "macsec-hw-offload",
	[NETIF_F_GRO_UDP_FWD_BIT] = "rx-udp-gro-forwarding",
	[NETIF_F_HW_HSR_TAG_INS_BIT] = "hsr-tag-ins-offload",
	[NETIF_F_HW_HSR_TAG_RM_BIT] = "hsr-tag-rm-offload",
	[NETIF_F_HW_HSR_FWD_BIT] = "hsr-fwd-offload",
	[NETIF_F_HW_HSR_DUP_BIT] = "hsr-dup-offload",
};

/* Checksum offload a TCP or UDP segmenter needs: the generic one, or the IP-specific ones. */
static netdev_features_t fix_csum_dependants(netdev_features_t f)
{
	if ((f & NETIF_F_TSO) && !(f & NETIF_F_HW_CSUM) && !(f & NETIF_F_IP_CSUM))
		f &= ~(NETIF_F_TSO | NETIF_F_TSO_ECN);
	if ((f & NETIF_F_TSO6) && !(f & NETIF_F_HW_CSUM) && !(f & NETIF_F_IPV6_CSUM))
		f &= ~NETIF_F_TSO6;
	if ((f & NETIF_F_GSO_UDP_L4) && !(f & NETIF_F_HW_CSUM) &&
	    !((f & NETIF_F_IP_CSUM) && (f & NETIF_F_IPV6_CSUM)))
		f &= ~NETIF_F_GSO_UDP_L4;
	return f;
}

/*
 * netdev_fix_features: the dependencies between features that hold on every
 * device (so `ethtool -K DEV tx off` also takes TSO and UDP segmentation
 * away, and `sg off` takes TSO and GSO). The rules about LRO, hardware GRO,
 * RX-FCS and TLS are left out: no emulated device has those features.
 */
static netdev_features_t netdev_fix_features(netdev_features_t f)
{
	/* Mixed HW and IP checksum settings: the generic one wins. */
	if ((f & NETIF_F_HW_CSUM) && (f & (NETIF_F_IP_CSUM | NETIF_F_IPV6_CSUM)))
		f &= ~(NETIF_F_IP_CSUM | NETIF_F_IPV6_CSUM);
	/* TSO requires that SG is present as well. */
	if ((f & NETIF_F_ALL_TSO) && !(f & NETIF_F_SG))
		f &= ~NETIF_F_ALL_TSO;
	f = fix_csum_dependants(f);
	/* TSO with IPv4 ID mangling requires IPv4 TSO. */
	if ((f & NETIF_F_TSO_MANGLEID) && !(f & NETIF_F_TSO))
		f &= ~NETIF_F_TSO_MANGLEID;
	/* TSO ECN requires that TSO is present as well. */
	if ((f & NETIF_F_ALL_TSO) == NETIF_F_TSO_ECN)
		f &= ~NETIF_F_TSO_ECN;
	/* Software GSO depends on SG. */
	if ((f & NETIF_F_GSO) && !(f & NETIF_F_SG))
		f &= ~NETIF_F_GSO;
	return f;
}

/*
 * __netdev_update_features. Drivers' ndo_fix_features and ndo_set_features
 * are not modelled: veth's only act on XDP (not emulated) and on its NAPI
 * rings, whose state vethlab derives from NETIF_F_GRO where it is used.
 */
bool netdev_update_features(struct netdev *dev)
{
	/* netdev_get_wanted_features: what the user cannot change stays as it is. */
	netdev_features_t f = (dev->features & ~dev->hw_features) | dev->wanted_features;

	f = netdev_fix_features(f);
	if (f == dev->features)
		return false;
	dev->features = f;
	return true;
}

void netdev_register_features(struct netdev *dev)
{
	dev->hw_features |= NETIF_F_SOFT_FEATURES | NETIF_F_SOFT_FEATURES_OFF;
	dev->features |= NETIF_F_SOFT_FEATURES;
	dev->wanted_features = dev->features & dev->hw_features;
	if (!(dev->flags & IFF_LOOPBACK))
		dev->hw_features |= NETIF_F_NOCACHE_COPY;
	/* A device that can do TSO may also be asked to mangle IPv4 IDs. */
	if (dev->hw_features & NETIF_F_TSO)
		dev->hw_features |= NETIF_F_TSO_MANGLEID;
	(void)netdev_update_features(dev);
}
