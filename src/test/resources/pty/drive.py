"""Runs a command on a real pseudo-terminal and types answers when prompts appear.

PTY_STEPS is a JSON list of [expected text, keys to type]. Prints everything the terminal
showed and exits with the command's exit code. Used by PseudoTerminalIT.
"""
import json
import os
import pty
import select
import sys
import time

steps = json.loads(os.environ["PTY_STEPS"])
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
shown = b""
seen = 0
deadline = time.time() + 60
while time.time() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if fd not in ready:
        continue
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    shown += data
    while steps and steps[0][0].encode() in shown[seen:]:
        seen = shown.index(steps[0][0].encode(), seen) + len(steps[0][0])
        os.write(fd, steps[0][1].encode())
        steps.pop(0)
else:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.stdout.write(shown.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
