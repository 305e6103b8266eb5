package io.s3witness.store;

/**
 * The digest the metadata subsystem keeps per version and histories carry: 64-bit FNV-1a over the bytes plus the
 * length, as 16 hex digits, a dash and the length. Not cryptographic; it only has to tell apart the distinct contents a test or recorder
 * writes (every recorded PUT writes unique content, DESIGN §3). Chosen over MessageDigest so that the core stays
 * cheap to run under Java PathFinder.
 */
public final class ContentDigest {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private ContentDigest() {
    }

    public static String of(byte[] data) {
        long h = OFFSET;
        for (byte b : data) {
            h ^= (b & 0xff);
            h *= PRIME;
        }
        return hex16(h) + "-" + data.length;
    }

    /** Zero-padded lower-case hex of the 64 bits. */
    public static String hex16(long v) {
        String s = Long.toHexString(v);
        StringBuilder sb = new StringBuilder(16);
        for (int i = s.length(); i < 16; i++) {
            sb.append('0');
        }
        return sb.append(s).toString();
    }
}
