"""Drives the installed 'java' kernel through Jupyter's messaging protocol (jupyter_client), as
Jupyter Notebook and Lab do: execute, error, interrupt (interrupt_mode "message"), restart,
shutdown. Prints one line per check and exits non-zero on the first failure.
Run by KernelProtocolTest with JUPYTER_PATH pointing at a kernel spec written by
'galerkin kernel install --prefix'."""
import sys
import time
from jupyter_client.manager import KernelManager


def run(kc, code, timeout=60):
    """Executes code; returns (reply content, outputs) once the kernel is idle again."""
    msg_id = kc.execute(code)
    outputs = []
    deadline = time.time() + timeout
    while True:
        msg = kc.get_iopub_msg(timeout=max(1, deadline - time.time()))
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t = msg["msg_type"]
        if t in ("stream", "execute_result", "display_data", "error"):
            outputs.append((t, msg["content"]))
        if t == "status" and msg["content"]["execution_state"] == "idle":
            break
    return shell_reply(kc, msg_id, timeout)["content"], outputs


def shell_reply(kc, msg_id, timeout):
    """The reply to msg_id (skipping replies to wait_for_ready's kernel_info requests)."""
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    if not ok:
        sys.exit(1)


def main(km):
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    checks(km, kc)
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    check(not km.is_alive(), "shutdown: the kernel process ended after a shutdown request")


def checks(km, kc):
    reply, out = run(kc, "int x = 20;\nx + 1")
    check(reply["status"] == "ok" and out[-1][1]["data"]["text/plain"] == "21", "execute: value 21")

    reply, out = run(kc, 'throw new IllegalStateException("no such field u")')
    check(reply["status"] == "error" and any(t == "error" and "no such field u" in c["evalue"]
                                             for t, c in out), "error: the Java message is the cell's error")

    start = time.time()
    msg_id = kc.execute("while (true) { Math.sqrt(2); }")
    time.sleep(3)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, 30)
    check(reply["content"]["status"] == "error" and time.time() - start < 30,
          "interrupt: an endless loop stopped after %.1f s" % (time.time() - start))

    reply, out = run(kc, "x * 2")
    check(reply["status"] == "ok" and out[-1][1]["data"]["text/plain"] == "40",
          "after the interrupt the session keeps its variables")

    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=60)
    reply, out = run(kc, "x")
    check(reply["status"] == "error", "restart: a fresh session without x")
    reply, out = run(kc, "1 + 1")
    check(reply["status"] == "ok" and out[-1][1]["data"]["text/plain"] == "2", "restart: executes")



manager = KernelManager(kernel_name="java")
try:
    main(manager)
finally:
    if manager.has_kernel and manager.is_alive():
        manager.shutdown_kernel(now=True)
