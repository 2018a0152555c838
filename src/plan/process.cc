#include "plan/process.h"

#include <algorithm>
#include <map>

#include "model/quantity.h"
#include "plan/resources.h"

namespace podrun::plan {

std::string expand_vars(const std::string& in, const std::function<std::optional<std::string>(const std::string&)>& lookup) {
  std::string out;
  std::size_t checkpoint = 0;
  for (std::size_t cursor = 0; cursor < in.size(); ++cursor) {
    if (in[cursor] != '$' || cursor + 1 >= in.size()) continue;
    out.append(in, checkpoint, cursor - checkpoint);
    char next = in[cursor + 1];
    std::size_t advance = 1;
    if (next == '$') {
      out += '$';  // an escaped operator
    } else if (next == '(') {
      std::size_t close = in.find(')', cursor + 2);
      if (close == std::string::npos) {
        out += "$(";  // an incomplete reference stays as written
      } else {
        std::string name = in.substr(cursor + 2, close - cursor - 2);
        auto v = lookup(name);
        out += v ? *v : "$(" + name + ")";
        advance = close - cursor;
      }
    } else {
      out += '$';
      out += next;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  out.append(in, std::min(checkpoint, in.size()), std::string::npos);
  return out;
}

std::vector<std::string> container_argv(const std::vector<std::string>& command, const std::vector<std::string>& args,
                                        const ImageConfig* image) {
  std::vector<std::string> argv;
  if (!command.empty()) {
    argv = command;
    argv.insert(argv.end(), args.begin(), args.end());
    return argv;
  }
  if (image) argv = image->entrypoint;
  if (!args.empty()) argv.insert(argv.end(), args.begin(), args.end());
  else if (image) argv.insert(argv.end(), image->cmd.begin(), image->cmd.end());
  return argv;
}

namespace {

std::string subscript(const std::string& path, const std::string& base) {
  // metadata.labels['app'] → app
  std::string prefix = base + "['";
  if (path.rfind(prefix, 0) != 0 || path.size() < prefix.size() + 2) return "";
  return path.substr(prefix.size(), path.size() - prefix.size() - 2);
}

std::string map_file(const std::map<std::string, std::string>& m) {
  // The downward API's format for labels and annotations: key="value" lines sorted by key,
  // with the value escaped as a Go %q string.
  std::string out;
  for (const auto& [k, v] : m) {
    out += k + "=\"";
    for (char c : v) {
      if (c == '"' || c == '\\') out += '\\';
      if (c == '\n') {
        out += "\\n";
        continue;
      }
      out += c;
    }
    out += "\"\n";
  }
  return out;
}

const model::Container* find_container(const model::Pod& pod, const std::string& name) {
  for (const auto& c : pod.spec.init_containers)
    if (c.name == name) return &c;
  for (const auto& c : pod.spec.containers)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace

std::optional<std::string> field_ref_value(const std::string& path, const EnvContext& ctx, std::string* deferred) {
  const model::Pod& pod = *ctx.pod;
  if (path == "metadata.name") return pod.metadata.name;
  if (path == "metadata.namespace") return pod.metadata.ns;
  if (path == "metadata.uid") return ctx.pod_uid;
  if (path == "metadata.labels") return map_file(pod.metadata.labels);
  if (path == "metadata.annotations") return map_file(pod.metadata.annotations);
  if (path == "spec.nodeName") return ctx.host->node_name;
  if (path == "spec.serviceAccountName") return pod.spec.service_account_name;
  for (const char* base : {"metadata.labels", "metadata.annotations"}) {
    std::string key = subscript(path, base);
    if (key.empty()) continue;
    const auto& m = std::string(base) == "metadata.labels" ? pod.metadata.labels : pod.metadata.annotations;
    auto it = m.find(key);
    return it == m.end() ? "" : it->second;
  }
  if (deferred) *deferred = path;  // status.podIP, status.podIPs, status.hostIP, status.hostIPs
  return std::nullopt;
}

namespace {

std::optional<std::int64_t> amount_of(const model::ResourceList& list, const std::string& resource, bool cpu) {
  auto it = list.find(resource);
  if (it == list.end()) return std::nullopt;
  return cpu ? it->second.value.milli() : it->second.value.value();
}

}  // namespace

std::string resource_field_value(const model::ResourceFieldSelector& ref, const model::Container& self, const EnvContext& ctx) {
  const model::Container* c = ref.container_name.empty() ? &self : find_container(*ctx.pod, ref.container_name);
  if (!c) c = &self;
  bool cpu = ref.resource.find("cpu") != std::string::npos;
  bool limit = ref.resource.rfind("limits.", 0) == 0;
  std::string res = ref.resource.substr(ref.resource.find('.') + 1);
  std::optional<std::int64_t> v = limit ? limit_of(*c, res.c_str()) : request_of(*c, res.c_str());
  // No limit: the pod-level one if the pod has it, else the node's allocatable amount, as the
  // kubelet substitutes them.
  if (!v && limit) v = amount_of(ctx.pod->spec.resources.limits, res, cpu);
  if (!v && limit) v = cpu ? ctx.host->cpu_count * 1000LL : ctx.host->memory_bytes;
  std::int64_t amount = v.value_or(0);
  auto divisor = model::parse_quantity(ref.divisor);
  std::int64_t d = divisor ? (cpu ? divisor->milli().value_or(1000) : divisor->value().value_or(1)) : (cpu ? 1000 : 1);
  if (d <= 0) d = 1;
  return std::to_string((amount + d - 1) / d);  // rounded up, as the kubelet does
}

const std::map<std::string, std::string>* object_data(const EnvContext& ctx, bool secret, const std::string& name) {
  if (secret) {
    for (const auto& s : *ctx.secrets)
      if (s.metadata.name == name && s.metadata.ns == ctx.pod->metadata.ns) return &s.data;
  } else {
    for (const auto& m : *ctx.configmaps)
      if (m.metadata.name == name && m.metadata.ns == ctx.pod->metadata.ns) return &m.data;
  }
  return nullptr;
}

ProcessSpec process_spec(const model::Container& c, const EnvContext& ctx) {
  ProcessSpec spec;
  // 1. The environment the kubelet computes: envFrom, then env, with $(VAR) against earlier ones.
  std::vector<EnvVarPlan> spec_env;
  std::map<std::string, std::size_t> index;  // name → position in spec_env
  auto set = [&](EnvVarPlan v) {
    auto it = index.find(v.name);
    if (it != index.end()) spec_env[it->second] = std::move(v);
    else {
      index[v.name] = spec_env.size();
      spec_env.push_back(std::move(v));
    }
  };
  auto lookup = [&](const std::string& name) -> std::optional<std::string> {
    auto it = index.find(name);
    if (it == index.end() || !spec_env[it->second].resolve_at_start.empty()) return std::nullopt;
    return spec_env[it->second].value;
  };
  for (const auto& ef : c.env_from) {
    const std::map<std::string, std::string>* data = object_data(ctx, ef.secret, ef.name);
    if (!data) continue;  // optional and absent (the loader refused the rest)
    for (const auto& [k, v] : *data) set({ef.prefix + k, v, std::string(ef.secret ? "Secret " : "ConfigMap ") + ef.name, ef.secret, ""});
  }
  for (const auto& e : c.env) {
    EnvVarPlan v{e.name, "", "", false, ""};
    switch (e.source) {
      case model::EnvVar::Source::Value: v.value = expand_vars(e.value, lookup); break;
      case model::EnvVar::Source::ConfigMapKey:
      case model::EnvVar::Source::SecretKey: {
        bool secret = e.source == model::EnvVar::Source::SecretKey;
        const std::map<std::string, std::string>* data = object_data(ctx, secret, e.key_ref.name);
        auto it = data ? data->find(e.key_ref.key) : decltype(data->end()){};
        if (!data || it == data->end()) continue;  // optional and absent: no variable
        v.value = it->second;
        v.from = std::string(secret ? "Secret " : "ConfigMap ") + e.key_ref.name + " key " + e.key_ref.key;
        v.sensitive = secret;
        break;
      }
      case model::EnvVar::Source::Field: {
        std::string deferred;
        auto val = field_ref_value(e.field_ref.field_path, ctx, &deferred);
        v.from = "fieldRef " + e.field_ref.field_path;
        if (val) v.value = *val;
        else v.resolve_at_start = deferred;
        break;
      }
      case model::EnvVar::Source::ResourceField:
        v.value = resource_field_value(e.resource_field_ref, c, ctx);
        v.from = "resourceFieldRef " + e.resource_field_ref.resource;
        break;
    }
    set(std::move(v));
  }

  // 2. command and args, expanded against the container's environment (the kubelet's
  //    ExpandContainerCommandAndArgs: the image's ENTRYPOINT and CMD are taken as they are).
  for (const auto& a : c.command) spec.command.push_back(expand_vars(a, lookup));
  for (const auto& a : c.args) spec.args.push_back(expand_vars(a, lookup));

  // 3. HOSTNAME as the runtime sets it, then the container's (which wins over both it and
  //    the image's ENV).
  spec.env.push_back({"HOSTNAME", ctx.hostname, "pod hostname", false, ""});
  for (auto& v : spec_env) {
    if (v.name == "HOSTNAME") spec.env.front() = v;
    else spec.env.push_back(std::move(v));
  }

  // 4. Working directory and user, as far as the manifest sets them.
  const auto& psc = ctx.pod->spec.security_context;
  spec.working_dir = c.working_dir;
  spec.run_as_user = c.security_context.run_as_user ? c.security_context.run_as_user : psc.run_as_user;
  spec.run_as_group = c.security_context.run_as_group ? c.security_context.run_as_group : psc.run_as_group;
  spec.run_as_non_root = c.security_context.run_as_non_root.value_or(psc.run_as_non_root.value_or(false));
  return spec;
}

void finish_process(const ProcessSpec& spec, const ImageConfig* image, ProcessPlan& p) {
  // 1. argv by the Kubernetes rules.
  p.args = container_argv(spec.command, spec.args, image);

  // 2. The process environment: the image's ENV, then the manifest's (which wins).
  p.env.clear();
  std::map<std::string, std::size_t> index;
  auto put = [&](const EnvVarPlan& v) {
    auto it = index.find(v.name);
    if (it != index.end()) p.env[it->second] = v;
    else {
      index[v.name] = p.env.size();
      p.env.push_back(v);
    }
  };
  if (image)
    for (const auto& kv : image->env) {
      std::size_t eq = kv.find('=');
      put({kv.substr(0, eq), eq == std::string::npos ? "" : kv.substr(eq + 1), "image", false, ""});
    }
  for (const auto& v : spec.env) put(v);

  // 3. Working directory and user.
  p.cwd = !spec.working_dir.empty() ? spec.working_dir : (image && !image->working_dir.empty() ? image->working_dir : "/");
  const auto& uid = spec.run_as_user;
  const auto& gid = spec.run_as_group;
  std::string image_user = image ? image->user : "";
  std::string image_uid = image_user.substr(0, image_user.find(':'));
  std::string image_gid = image_user.find(':') == std::string::npos ? "" : image_user.substr(image_user.find(':') + 1);
  auto numeric = [](const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  p.uid.reset();
  p.gid.reset();
  if (uid) {
    p.uid = uid;
    p.user_note = "runAsUser";
  } else if (image && image_uid.empty()) {
    p.uid = 0;
    p.user_note = "image default (root)";
  } else if (numeric(image_uid)) {
    p.uid = std::stoll(image_uid);
    p.user_note = "image USER " + image_user;
  } else {
    p.user_note = image ? "image USER " + image_user + ", looked up in the image's /etc/passwd at start"
                        : "the image's USER, known once the image is imported";
  }
  if (gid) {
    p.gid = gid;
  } else if (numeric(image_gid) && !uid) {
    p.gid = std::stoll(image_gid);
  } else if (p.uid && *p.uid == 0 && image_gid.empty()) {
    p.gid = 0;
  } else {
    p.user_note += (p.user_note.empty() ? "" : "; ") + std::string("gid: the user's primary group in the image's /etc/passwd, else 0");
  }
}

ProcessPlan container_process(const model::Container& c, const ImageConfig* image, const EnvContext& ctx) {
  ProcessPlan p;
  finish_process(process_spec(c, ctx), image, p);
  // The kubelet's order: supplementalGroups, then fsGroup (determineEffectiveSecurityContext).
  const auto& psc = ctx.pod->spec.security_context;
  p.supplemental_groups.assign(psc.supplemental_groups.begin(), psc.supplemental_groups.end());
  if (psc.fs_group && std::find(p.supplemental_groups.begin(), p.supplemental_groups.end(), *psc.fs_group) == p.supplemental_groups.end())
    p.supplemental_groups.push_back(*psc.fs_group);
  p.image_groups = psc.supplemental_groups_policy != "Strict";
  return p;
}

std::vector<std::string> process_start_errors(const ProcessSpec& spec, const ProcessPlan& p, const ImageConfig* image) {
  std::vector<std::string> out;
  if (spec.run_as_non_root && p.uid && *p.uid == 0) out.push_back("runAsNonRoot is set but the container would run as root (uid 0)");
  // The kubelet cannot look a user name up before the container exists, so it refuses one.
  if (spec.run_as_non_root && !p.uid && image)
    out.push_back("CreateContainerConfigError: runAsNonRoot is set and the image's user \"" + image->user +
                  "\" is not numeric: it cannot be verified to be non-root");
  if (p.args.empty()) out.push_back("no command: the manifest sets none and the image's ENTRYPOINT/CMD are unknown");
  return out;
}

void complete_with_image(ContainerPlan& c, const ImageConfig& image) {
  if (!c.image_wait) return;
  finish_process(c.image_wait->spec, &image, c.process);
  c.start_errors = process_start_errors(c.image_wait->spec, c.process, &image);
  c.image_known = true;
  c.image_wait.reset();
}

}  // namespace podrun::plan
