package org.activationdesk.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;
import org.junit.jupiter.api.Test;

/** Identification offline: the published list first, then the machine's key configurations by group and serial. */
class KeyIdentifierTest {

    private static final ProductKey DATACENTER_2019 = ProductKey.of("WMDGN-G9PQG-XVVXX-R3X43-63DFG");
    private static final ProductKey ESSENTIALS_2019 = ProductKey.of("WVDHN-86M7X-466P6-VHXV7-YY726");

    private static KeyConfigurations ranges(KeyConfiguration... configurations) {
        return (group, serial) -> {
            for (KeyConfiguration c : configurations) {
                if (c.covers(group, serial)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        };
    }

    /** A catalog that knows only the Windows Enterprise key, so other published keys count as unknown. */
    private static GvlkCatalog enterpriseOnly() throws IOException {
        return GvlkCatalog.read(new StringReader("os_family\tos_version\tedition_name\tedition_id\tgvlk\tpkey_format"
                + "\tchecksum_ok\tgroup_id\nWindows\t11\tWindows 11 Enterprise\tEnterprise\tNPPR9-FWDCX-D2C8J-H872K-2YT43"
                + "\t2009\tyes\t3290\n"), "test");
    }

    @Test
    void aPublishedKeyIsIdentifiedWithProductEditionAndChannel() {
        KeyIdentity identity = KeyIdentifier.publishedKeysOnly().identify(DATACENTER_2019);

        assertThat(identity.source()).isEqualTo(KeyIdentity.Source.PUBLISHED_GVLK);
        assertThat(identity.product()).isEqualTo("Windows Server 2019 Datacenter");
        assertThat(identity.editionId()).isEqualTo("ServerDatacenter");
        assertThat(identity.productKeyType()).isEqualTo("Volume:GVLK");
        assertThat(identity.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(identity.family()).isEqualTo(ProductFamily.SERVER);
        assertThat(identity.groupId()).isEqualTo(4300);
        assertThat(identity.serial()).isEqualTo(0L);
        assertThat(identity.osVersions()).containsExactly("2019");
    }

    @Test
    void aKeySharedByTwoVersionsNamesBoth() {
        KeyIdentity identity = KeyIdentifier.publishedKeysOnly().identify(ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX"));

        assertThat(identity.product()).isEqualTo("Windows 11 Pro / Windows 10 Pro");
        assertThat(identity.editionId()).isEqualTo("Professional");
        assertThat(identity.family()).isEqualTo(ProductFamily.CLIENT);
    }

    @Test
    void aLegacyPublishedKeyIsIdentifiedWithoutGroup() {
        KeyIdentity identity = KeyIdentifier.publishedKeysOnly().identify(ProductKey.of("YC6KT-GKW9T-YTKYR-T4X34-R7VHC"));

        assertThat(identity.format()).isEqualTo(KeyFormat.PKEY2005);
        assertThat(identity.source()).isEqualTo(KeyIdentity.Source.PUBLISHED_GVLK);
        assertThat(identity.editionId()).isEqualTo("ServerStandard");
        assertThat(identity.groupId()).isNull();
    }

    @Test
    void theMachineSuppliesAnEditionIdMicrosoftDoesNotDocument() {
        KeyIdentifier withoutRanges = KeyIdentifier.publishedKeysOnly();
        KeyIdentifier withRanges = new KeyIdentifier(GvlkCatalog.builtIn(), ranges(new KeyConfiguration(4332, 0, 0,
                "ServerSolution", "Volume:GVLK", "Server 2019 Essentials")));

        assertThat(withoutRanges.identify(ESSENTIALS_2019).editionId()).isNull();
        assertThat(withRanges.identify(ESSENTIALS_2019).editionId()).isEqualTo("ServerSolution");
        assertThat(withRanges.identify(ESSENTIALS_2019).source()).isEqualTo(KeyIdentity.Source.PUBLISHED_GVLK);
    }

    @Test
    void aKeyNotPublishedIsIdentifiedByItsGroupAndSerialRange() throws IOException {
        KeyIdentifier identifier = new KeyIdentifier(enterpriseOnly(), ranges(new KeyConfiguration(4300, 0, 5,
                "ServerDatacenter", "Volume:MAK", "Server 2019 Datacenter (training range)")));

        KeyIdentity identity = identifier.identify(DATACENTER_2019);

        assertThat(identity.source()).isEqualTo(KeyIdentity.Source.KEY_CONFIGURATION);
        assertThat(identity.isPublishedGvlk()).isFalse();
        assertThat(identity.editionId()).isEqualTo("ServerDatacenter");
        assertThat(identity.channel()).isEqualTo(Channel.MAK);
        assertThat(identity.product()).isEqualTo("Server 2019 Datacenter (training range)");
        assertThat(identity.family()).isEqualTo(ProductFamily.SERVER);
    }

    @Test
    void aKeyNobodyKnowsKeepsOnlyItsShape() throws IOException {
        KeyIdentity identity = new KeyIdentifier(enterpriseOnly(), KeyConfigurations.NONE).identify(DATACENTER_2019);

        assertThat(identity.source()).isEqualTo(KeyIdentity.Source.NONE);
        assertThat(identity.isIdentified()).isFalse();
        assertThat(identity.groupId()).isEqualTo(4300);
        assertThat(identity.editionId()).isNull();
        assertThat(identity.channel()).isEqualTo(Channel.UNKNOWN);
        assertThat(identity.toString()).doesNotContain("WMDGN").doesNotContain("63DFG");
    }
}
