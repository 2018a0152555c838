/* The JSON schemas of schemas/ (their compact form, one set per Kubernetes version), the
   table of Pod fields newer than the oldest version and explain's data, linked into the binary (see
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
BLOB(podrun_v135_deployment, "v1.35/deployment-v1.compact.json")
BLOB(podrun_v135_job, "v1.35/job-v1.compact.json")
BLOB(podrun_v135_service, "v1.35/service-v1.compact.json")
BLOB(podrun_v135_cronjob, "v1.35/cronjob-v1.compact.json")
BLOB(podrun_v135_daemonset, "v1.35/daemonset-v1.compact.json")
BLOB(podrun_v135_statefulset, "v1.35/statefulset-v1.compact.json")
BLOB(podrun_v135_networkpolicy, "v1.35/networkpolicy-v1.compact.json")
BLOB(podrun_pod_fields_since, "pod-fields-since.json")
/* Where each schema's objects and arrays end (loader/schema_text_index.h): arrays of two
   32-bit offsets, written by the build (podrun_schema_index) into its schema_index/. */
#define INDEX(name, file) \
    .balign 8; .global name##_index_begin; .global name##_index_end; \
    name##_index_begin: .incbin file; name##_index_end:

INDEX(podrun_v131_pod, "v1.31/pod-v1.index")
INDEX(podrun_v131_configmap, "v1.31/configmap-v1.index")
INDEX(podrun_v131_secret, "v1.31/secret-v1.index")
INDEX(podrun_v131_namespace, "v1.31/namespace-v1.index")
INDEX(podrun_v135_pod, "v1.35/pod-v1.index")
INDEX(podrun_v135_configmap, "v1.35/configmap-v1.index")
INDEX(podrun_v135_secret, "v1.35/secret-v1.index")
INDEX(podrun_v135_namespace, "v1.35/namespace-v1.index")
INDEX(podrun_v135_deployment, "v1.35/deployment-v1.index")
INDEX(podrun_v135_job, "v1.35/job-v1.index")
INDEX(podrun_v135_service, "v1.35/service-v1.index")
INDEX(podrun_v135_cronjob, "v1.35/cronjob-v1.index")
INDEX(podrun_v135_daemonset, "v1.35/daemonset-v1.index")
INDEX(podrun_v135_statefulset, "v1.35/statefulset-v1.index")
INDEX(podrun_v135_networkpolicy, "v1.35/networkpolicy-v1.index")
/* podrun explain's data (schemas/explain/, from scripts/gen-explain.py): an installed podrun
   explains fields without the OpenAPI documents. */
BLOB(podrun_explain_v1_31, "explain/v1.31.json")
BLOB(podrun_explain_v1_35, "explain/v1.35.json")

    .section .note.GNU-stack,"",@progbits
