#!/usr/bin/python3
"""A gRPC health server (grpc.health.v1.Health/Check) for the gRPC probe tests, on grpcio.

Debian's python3-grpcio has no grpc_health package and no protoc plugin, so the service is a
generic handler and the two messages are encoded by hand (they are one field each).

What Check answers depends on the service asked about:
  ""           the first word of STATE_FILE: SERVING or NOT_SERVING (the test flips it)
  "serving"    SERVING
  "down"       NOT_SERVING
  "slow"       SERVING, after SLOW_SECONDS (longer than the probe's timeout)
  anything else: status NOT_FOUND "unknown service", as grpc's own health servicer says it

usage: grpc_health_server.py ADDRESS PORT PORT_FILE STATE_FILE [SLOW_SECONDS]
       (PORT 0: the kernel picks one; the port is written to PORT_FILE once the server listens)
"""
import os
import sys
import time
from concurrent import futures

import grpc

STATUS = {"UNKNOWN": 0, "SERVING": 1, "NOT_SERVING": 2, "SERVICE_UNKNOWN": 3}


def decode_request(data):
    """HealthCheckRequest: field 1 (service), length-delimited; other fields skipped."""
    pos, service = 0, ""

    def varint():
        nonlocal pos
        value, shift = 0, 0
        while True:
            b = data[pos]
            pos += 1
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value

    while pos < len(data):
        key = varint()
        field, wire = key >> 3, key & 7
        if wire == 0:
            varint()
        elif wire == 2:
            n = varint()
            if field == 1:
                service = data[pos:pos + n].decode()
            pos += n
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        else:
            raise ValueError("wire type %d" % wire)
    return service


def encode_response(status):
    """HealthCheckResponse: field 1 (status), varint; proto3 leaves out 0."""
    return b"" if status == 0 else bytes([0x08, status])


def main():
    address, port, port_file, state_file = sys.argv[1:5]
    slow = float(sys.argv[5]) if len(sys.argv) > 5 else 5.0

    def check(service, context):
        if service == "":
            with open(state_file) as f:
                return STATUS[f.read().split()[0]]
        if service == "serving":
            return STATUS["SERVING"]
        if service == "down":
            return STATUS["NOT_SERVING"]
        if service == "slow":
            time.sleep(slow)
            return STATUS["SERVING"]
        context.abort(grpc.StatusCode.NOT_FOUND, "unknown service")

    handler = grpc.method_handlers_generic_handler("grpc.health.v1.Health", {
        "Check": grpc.unary_unary_rpc_method_handler(check, request_deserializer=decode_request,
                                                     response_serializer=encode_response),
    })
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    server.add_generic_rpc_handlers((handler,))
    port = server.add_insecure_port("%s:%s" % (address, port))
    if port == 0:
        sys.exit("cannot listen on %s:%s" % (address, sys.argv[2]))
    server.start()
    with open(port_file + ".tmp", "w") as f:
        f.write("%d\n" % port)
    os.rename(port_file + ".tmp", port_file)
    server.wait_for_termination()


if __name__ == "__main__":
    main()
