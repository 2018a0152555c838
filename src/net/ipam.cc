#include "net/ipam.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/files.h"

namespace podrun::net {

std::optional<std::uint32_t> parse_ip(const std::string& text) {
  in_addr a{};
  if (::inet_pton(AF_INET, text.c_str(), &a) != 1) return std::nullopt;
  return ntohl(a.s_addr);
}

std::string ip_string(std::uint32_t ip) {
  in_addr a{htonl(ip)};
  char buf[INET_ADDRSTRLEN];
  ::inet_ntop(AF_INET, &a, buf, sizeof buf);
  return buf;
}

std::optional<Subnet> parse_cidr(const std::string& text) {
  auto slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  auto ip = parse_ip(text.substr(0, slash));
  int prefix = 0;
  try {
    std::size_t used = 0;
    prefix = std::stoi(text.substr(slash + 1), &used);
    if (used != text.size() - slash - 1) return std::nullopt;
  } catch (...) {
    return std::nullopt;
  }
  if (!ip || prefix < 8 || prefix > 30) return std::nullopt;
  Subnet s;
  s.prefix = prefix;
  s.network = *ip & s.mask();
  return s;
}

std::optional<std::uint32_t> first_free(const Subnet& s, const std::set<std::uint32_t>& used) {
  for (std::uint32_t ip = s.gateway() + 1; ip < s.broadcast(); ++ip)
    if (!used.count(ip)) return ip;
  return std::nullopt;
}

std::optional<std::string> overlapping_route(const Subnet& s, const std::string& proc_net_route, const std::string& own_bridge) {
  std::vector<std::string> lines = files::split(proc_net_route, '\n');
  for (std::size_t i = 1; i < lines.size(); ++i) {  // line 0 is the header
    // Iface Destination Gateway Flags RefCnt Use Metric Mask ...
    std::vector<std::string> f = files::words(lines[i]);
    if (f.size() < 8) continue;
    const std::string &iface = f[0], &dest = f[1], &mask = f[7];
    if (iface == own_bridge) continue;
    // Little-endian hex, as the kernel prints these fields.
    std::uint32_t d = ntohl(static_cast<std::uint32_t>(std::stoul(dest, nullptr, 16)));
    std::uint32_t m = ntohl(static_cast<std::uint32_t>(std::stoul(mask, nullptr, 16)));
    if (m == 0) continue;  // the default route overlaps everything and nothing
    int prefix = __builtin_popcount(m);
    Subnet r{d & m, prefix};
    if (r.overlaps(s)) return iface + " " + ip_string(r.network) + "/" + std::to_string(prefix);
  }
  return std::nullopt;
}

Ipam::Ipam(std::string state_dir, std::string bridge, Subnet subnet)
    : dir_(std::move(state_dir)), bridge_(std::move(bridge)), subnet_(subnet) {}

namespace {

class FileLock {
 public:
  explicit FileLock(const std::string& path) : fd_(::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)) {
    if (fd_ < 0) throw std::runtime_error("open `" + path + "`: " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0)
      if (errno != EINTR) throw std::runtime_error("flock `" + path + "`: " + std::strerror(errno));
  }
  ~FileLock() { ::close(fd_); }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_;
};

void make_state_dir(const std::string& dir) {
  if (!files::make_dirs(dir)) throw std::runtime_error("create `" + dir + "`: " + std::strerror(errno));
}

struct Table {
  std::string subnet;
  std::map<std::string, std::string> by_ip;  // address → owner
};

Table read_table(const std::string& file) {
  Table t;
  std::optional<std::string> text = files::read(file);
  if (!text) return t;
  try {
    nlohmann::json j = nlohmann::json::parse(*text);
    t.subnet = j.value("subnet", "");
    t.by_ip = j.value("allocations", std::map<std::string, std::string>{});
  } catch (const nlohmann::json::exception&) {
    throw std::runtime_error("`" + file + "` is not an allocation table (remove it with podrun gc, or by hand)");
  }
  return t;
}

// Rewritten in place, under the lock that every reader takes: each write(2) leaves a whole
// table, the old one or the new one, whenever the process is killed. A longer table first
// grows the file by spaces after the old one, then overwrites it; a shorter one is padded with
// spaces (JSON ignores them) and the file cut after. A new file renamed over the old one would
// be as safe, but on ext4 (a /run on disk) a rename over a file starts the new file's
// writeback (auto_da_alloc) and each write allocates and frees an inode: 150 µs against 11
// in place, on every pod's start and delete.
void write_table(const std::string& file, const Table& t) {
  std::string text = nlohmann::json{{"subnet", t.subnet}, {"allocations", t.by_ip}}.dump(2) + "\n";
  int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
  if (fd < 0) throw std::runtime_error("open `" + file + "`: " + std::strerror(errno));
  auto fail = [&](const char* call) {
    int err = errno;
    ::close(fd);
    throw std::runtime_error(std::string(call) + " `" + file + "`: " + std::strerror(err));
  };
  struct stat st {};
  if (::fstat(fd, &st) != 0) fail("fstat");
  const auto old_size = static_cast<std::size_t>(st.st_size);
  if (text.size() > old_size) {
    const std::string spaces(text.size() - old_size, ' ');
    if (::pwrite(fd, spaces.data(), spaces.size(), static_cast<off_t>(old_size)) != static_cast<ssize_t>(spaces.size())) fail("write");
  }
  const std::size_t size = text.size();
  if (size < old_size) text.append(old_size - size, ' ');
  if (::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) fail("write");
  if (size < old_size && ::ftruncate(fd, static_cast<off_t>(size)) != 0) fail("ftruncate");
  ::close(fd);
}

}  // namespace

std::string Ipam::allocate(const std::string& owner) {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");
  std::string file = dir_ + "/" + bridge_ + ".json";
  Table t = read_table(file);
  std::string cidr = ip_string(subnet_.network) + "/" + std::to_string(subnet_.prefix);
  if (!t.subnet.empty() && t.subnet != cidr && !t.by_ip.empty())
    throw std::runtime_error("bridge " + bridge_ + " serves " + t.subnet + ", not " + cidr + " (its pods still run)");
  t.subnet = cidr;
  std::set<std::uint32_t> used;
  for (const auto& [ip, who] : t.by_ip) {
    if (who == owner) return ip;
    if (auto a = parse_ip(ip)) used.insert(*a);
  }
  auto ip = first_free(subnet_, used);
  if (!ip)
    throw std::runtime_error("no free address left in " + cidr + " on bridge " + bridge_ + " (" + std::to_string(used.size()) + " in use)");
  t.by_ip[ip_string(*ip)] = owner;
  write_table(file, t);
  return ip_string(*ip);
}

void Ipam::release(const std::string& owner) {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");
  std::string file = dir_ + "/" + bridge_ + ".json";
  Table t = read_table(file);
  bool changed = false;
  for (auto it = t.by_ip.begin(); it != t.by_ip.end();)
    if (it->second == owner) {
      it = t.by_ip.erase(it);
      changed = true;
    } else {
      ++it;
    }
  if (changed) write_table(file, t);
}

bool Ipam::reassign(const std::string& from, const std::string& to) {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");
  std::string file = dir_ + "/" + bridge_ + ".json";
  Table t = read_table(file);
  for (auto& [ip, who] : t.by_ip)
    if (who == from) {
      who = to;
      write_table(file, t);
      return true;
    }
  return false;
}

std::map<std::string, std::string> Ipam::allocations() {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");
  return read_table(dir_ + "/" + bridge_ + ".json").by_ip;
}

std::size_t Ipam::prune(const std::function<bool(const std::string&)>& alive) {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");
  std::string file = dir_ + "/" + bridge_ + ".json";
  Table t = read_table(file);
  std::size_t before = t.by_ip.size();
  for (auto it = t.by_ip.begin(); it != t.by_ip.end();) it = alive(it->second) ? std::next(it) : t.by_ip.erase(it);
  if (t.by_ip.size() != before) write_table(file, t);
  return t.by_ip.size();
}

bool Ipam::remove_if_empty() {
  make_state_dir(dir_);
  FileLock lock(dir_ + "/lock");  // an apply allocating now either comes first (kept) or after
  std::string file = dir_ + "/" + bridge_ + ".json";
  if (!read_table(file).by_ip.empty()) return false;
  return ::unlink(file.c_str()) == 0;
}

}  // namespace podrun::net
