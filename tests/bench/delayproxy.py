#!/usr/bin/env python3
"""A TCP proxy that delays every chunk by DELAY_MS in each direction (this machine has no
netem): with 5 ms each way, a request that waits for its answer pays 10 ms of round trip.

  delayproxy.py TARGET_PORT DELAY_MS PORT_FILE
Listens on 127.0.0.1 at a free port, writes that port to PORT_FILE, forwards to
127.0.0.1:TARGET_PORT. Chunks keep their order; throughput is not limited (a chunk is
released DELAY_MS after it arrived, not DELAY_MS after the previous one).
"""
import asyncio
import sys


async def pump(reader, writer, delay):
    # A queue per direction keeps the order while each chunk waits only its own delay.
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def release():
        while True:
            due, data = await queue.get()
            if data is None:
                break
            await asyncio.sleep(max(0.0, due - loop.time()))
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(release())
    try:
        while data := await reader.read(256 * 1024):
            queue.put_nowait((loop.time() + delay, data))
    except ConnectionError:
        pass
    queue.put_nowait((0, None))
    try:
        await sender
    except ConnectionError:
        pass


async def main():
    target, delay, port_file = int(sys.argv[1]), float(sys.argv[2]) / 1000, sys.argv[3]

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay),
                             pump(server_reader, client_writer, delay))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    with open(port_file, "w") as f:
        f.write("%d\n" % server.sockets[0].getsockname()[1])
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
