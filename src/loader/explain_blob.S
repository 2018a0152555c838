/* podrun explain's data (schemas/explain/, from scripts/gen-explain.py), linked into the binary
   (see src/CMakeLists.txt): an installed podrun explains fields without the OpenAPI documents. */
    .section .rodata
    .balign 16
#define BLOB(name, file) \
    .global name##_begin; .global name##_end; \
    name##_begin: .incbin file; name##_end: .byte 0

BLOB(podrun_explain_v1_31, "explain/v1.31.json")
BLOB(podrun_explain_v1_35, "explain/v1.35.json")

    .section .note.GNU-stack,"",@progbits
