package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The decoder against the worked vectors of key-formats.md §1.8 and the CRC self-test values of §1.5. */
class Pkey2009Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // key, N index, V (hex), group, serial, security (hex), checksum
            "W269N-WFGWX-YVC9B-4J6C9-T83GX, 4, 12f6ebd4e39c53d34000000100cef, 3311, 1, 1baf538e714f4d, 606",
            "NPPR9-FWDCX-D2C8J-H872K-2YT43, 0, 19be6515e0676318000000300cda, 3290, 3, f99457819d8c6, 51",
            "WMDGN-G9PQG-XVVXX-R3X43-63DFG, 4, 12e50cdbba576bc540000000010cc, 4300, 0, 14336ee95daf15, 604",
            "CB7KF-BWN84-R7R2Y-793K2-8XDDG, 7, 1cf262414a1a0a740000000000eb4, 3764, 0, 98905286829d0, 926",
            "TVRH6-WHNXV-R9WG3-9XRFY-MY832, 7, 1eeb9787046737ee4000000101341, 4929, 1, e5e1c119cdfb9, 989"})
    void reproducesTheWorkedVectors(String text, int nIndex, String vHex, int group, long serial, String securityHex,
                                    int checksum) {
        ProductKey key = ProductKey.of(text);

        assertThat(key.plainText().replace("-", "").indexOf('N')).isEqualTo(nIndex);
        assertThat(Pkey2009.value(key.characters()).toString(16)).isEqualTo(vHex);
        Pkey2009.Decoded decoded = Pkey2009.decode(key);
        assertThat(decoded.groupId()).isEqualTo(group);
        assertThat(decoded.serial()).isEqualTo(serial);
        assertThat(Long.toHexString(decoded.securityValue())).isEqualTo(securityHex);
        assertThat(decoded.securityValuePresent()).isTrue();
        assertThat(decoded.storedChecksum()).isEqualTo(checksum);
        assertThat(decoded.computedChecksum()).isEqualTo(checksum);
        assertThat(decoded.checksumOk()).isTrue();
        assertThat(decoded.upgradeBit()).isFalse();
        assertThat(decoded.extraBit()).isFalse();
    }

    @Test
    void theOneTypoVectorFails() {
        // W269N…T83GX with its last character typed as Y (§1.8): a different group, and the checksum fails.
        Pkey2009.Decoded decoded = Pkey2009.decode(ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GY"));

        assertThat(decoded.groupId()).isEqualTo(3312);
        assertThat(decoded.serial()).isEqualTo(1);
        assertThat(decoded.storedChecksum()).isEqualTo(606);
        assertThat(decoded.computedChecksum()).isEqualTo(849);
        assertThat(decoded.checksumOk()).isFalse();
        assertThat(Pkey2009.value("W269NWFGWXYVC9B4J6C9T83GY").toString(16)).endsWith("100cf0");
    }

    @Test
    void crcRoutineReproducesTheStandardCheckValues() {
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(Pkey2009.crc32Mpeg2(digits)).isEqualTo(0x0376E6E7);
        assertThat(Pkey2009.crc32Bzip2(digits)).isEqualTo(0xFC891918);
        // The reflected CRC-32 of java.util.zip is a different function (the pitfall of §1.5).
        CRC32 zlib = new CRC32();
        zlib.update(digits);
        assertThat((int) zlib.getValue()).isNotEqualTo(Pkey2009.crc32Bzip2(digits));
    }

    @Test
    void intermediateValuesOfTheEnterpriseKeyMatchTheNotes() {
        // §1.8: V0 of NPPR9… as 16 little-endian bytes, and the CRC register after them.
        byte[] v0 = HexFormat.ofDelimiter(" ").parseHex("da 0c 30 00 00 00 18 63 67 e0 15 65 3e 00 00 00");

        assertThat(Pkey2009.crc32Mpeg2(v0)).isEqualTo(0x151497CC);
        assertThat(~0x151497CC & 0x3FF).isEqualTo(51);
    }

    @Test
    void aPkey2005KeyHasNoOfflineChecksum() {
        ProductKey legacy = ProductKey.of("74YFP-3QFB3-KQT8W-PMXWJ-7M648"); // Server 2008 R2 Datacenter GVLK

        assertThat(legacy.format()).isEqualTo(KeyFormat.PKEY2005);
        assertThatThrownBy(() -> Pkey2009.decode(legacy)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("74YFP");
    }

    @Test
    void decodedToStringShowsGroupAndSerialButNotTheSecurityValue() {
        Pkey2009.Decoded decoded = Pkey2009.decode(ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX"));

        assertThat(decoded.toString()).contains("3311").contains("ok")
                .doesNotContain(Long.toString(decoded.securityValue()))
                .doesNotContain(Long.toHexString(decoded.securityValue()));
    }
}
