/* br_common.h: what the bridge command's objects share (bridge/br_common.h). */
#ifndef VL_BR_COMMON_H
#define VL_BR_COMMON_H

#include "ip_common.h"

int do_brfdb(struct ip_ctx *ip, int argc, char **argv);

#endif
