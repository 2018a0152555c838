/* The JSON schemas of schemas/ (their compact form), linked into the binary (see src/CMakeLists.txt). */
    .section .rodata
    .balign 16
#define BLOB(name, file) \
    .global name##_begin; .global name##_end; \
    name##_begin: .incbin file; name##_end: .byte 0

BLOB(podrun_compact_pod, "pod-v1.compact.json")
BLOB(podrun_compact_configmap, "configmap-v1.compact.json")
BLOB(podrun_compact_secret, "secret-v1.compact.json")
BLOB(podrun_compact_namespace, "namespace-v1.compact.json")

    .section .note.GNU-stack,"",@progbits
