/* The JSON schemas of schemas/ (their compact form, one set per Kubernetes version) and the
   table of Pod fields newer than the oldest version, linked into the binary (see
   src/CMakeLists.txt). */
    .section .rodata
    .balign 16
#define BLOB(name, file) \
    .global name##_begin; .global name##_end; \
    name##_begin: .incbin file; name##_end: .byte 0

BLOB(podrun_v131_pod, "v1.31/pod-v1.compact.json")
BLOB(podrun_v131_configmap, "v1.31/configmap-v1.compact.json")
BLOB(podrun_v131_secret, "v1.31/secret-v1.compact.json")
BLOB(podrun_v131_namespace, "v1.31/namespace-v1.compact.json")
BLOB(podrun_v135_pod, "v1.35/pod-v1.compact.json")
BLOB(podrun_v135_configmap, "v1.35/configmap-v1.compact.json")
BLOB(podrun_v135_secret, "v1.35/secret-v1.compact.json")
BLOB(podrun_v135_namespace, "v1.35/namespace-v1.compact.json")
BLOB(podrun_pod_fields_since, "pod-fields-since.json")

    .section .note.GNU-stack,"",@progbits
