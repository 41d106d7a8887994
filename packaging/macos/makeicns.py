#!/usr/bin/env python3
# makeicns.py FOLDER OUT.icns: writes the macOS icon of LetThatSyncIn.app from the PNGs
# icon-16.png ... icon-1024.png in FOLDER (drawn from resources/icons/letthatsyncin.svg, see
# docs/platforms.md), without macOS's iconutil. The format: "icns" and the file's length,
# then one element per image: its type, its length (with the 8-byte header) and the PNG.
import pathlib
import struct
import sys

# The PNG element types macOS 10.8 and later read, with the pixel size each holds (the @2x
# types repeat a size for Retina screens).
TYPES = [
    (b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: makeicns.py FOLDER OUT.icns")
    folder, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    elements = b""
    for kind, size in TYPES:
        path = folder / f"icon-{size}.png"
        data = path.read_bytes()
        if png_size(data) != (size, size):
            sys.exit(f"makeicns.py: {path} is not {size}x{size}")
        elements += kind + struct.pack(">I", 8 + len(data)) + data
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(elements)) + elements)


if __name__ == "__main__":
    main()
