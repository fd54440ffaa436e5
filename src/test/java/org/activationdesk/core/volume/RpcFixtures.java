package org.activationdesk.core.volume;

import java.util.HexFormat;

/** The PDUs of phone-rds-kms.md §5 as bytes, for the bind tests and the probe's test peer. */
public final class RpcFixtures {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** §5.3, verified in Python against nmap's NDR constant. */
    public static final byte[] BIND = bytes("""
            05 00 0b 03 10 00 00 00 48 00 00 00 01 00 00 00 d0 16 d0 16 00 00 00 00
            01 00 00 00 00 00 01 00 75 21 c8 51 4e 84 50 47 b0 d8 ec 25 55 55 bc 06
            01 00 00 00 04 5d 88 8a eb 1c c9 11 9f e8 08 00 2b 10 48 60 02 00 00 00""");

    /** §5.4: a bind_ack accepting NDR, built from the layout (not captured from Windows). */
    public static final byte[] ACK = bytes("""
            05 00 0c 03 10 00 00 00 3c 00 00 00 01 00 00 00 d0 16 d0 16 34 12 00 00
            05 00 31 36 38 38 00 00 01 00 00 00 00 00 00 00 04 5d 88 8a eb 1c c9 11
            9f e8 08 00 2b 10 48 60 02 00 00 00""");

    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex.replaceAll("\\s+", " ").strip());
    }

    /** The ack with its result and reason replaced: 2/1 is "abstract syntax not supported". */
    public static byte[] ackWith(int result, int reason) {
        byte[] ack = ACK.clone();
        ack[36] = (byte) result;
        ack[38] = (byte) reason;
        return ack;
    }

    /** A bind_nak with a reject reason and an empty version list. */
    public static byte[] nak(int reason) {
        return bytes("05 00 0d 03 10 00 00 00 13 00 00 00 01 00 00 00 0" + reason + " 00 00");
    }

    private RpcFixtures() {
    }
}
