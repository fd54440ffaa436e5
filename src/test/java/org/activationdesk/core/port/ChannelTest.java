package org.activationdesk.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Retail          | RETAIL",
            "retail          | RETAIL",
            "' Retail '      | RETAIL",
            "Retail:TB:Eval  | EVALUATION",
            "RETAIL:TB:EVAL  | EVALUATION",
            "Retail:BB       | RETAIL",
            "OEM:DM          | OEM",
            "OEM:NONSLP      | OEM",
            "OEM:SLP         | OEM",
            "OEM:COA         | OEM",
            "Volume:GVLK     | KMS_CLIENT",
            "volume:gvlk     | KMS_CLIENT",
            "Volume:CSVLK    | KMS_HOST",
            "Volume:MAK      | MAK",
            "VT:IA           | AVMA",
            "Volume          | UNKNOWN",
            "Volume:Other    | UNKNOWN",
            "MAK             | UNKNOWN",
            "Eval            | UNKNOWN"})
    void productKeyChannelVocabulary(String productKeyChannel, Channel expected) {
        assertThat(Channel.fromProductKeyChannel(productKeyChannel)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void noProductKeyChannelIsUnknown(String productKeyChannel) {
        assertThat(Channel.fromProductKeyChannel(productKeyChannel)).isEqualTo(Channel.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Windows(R) Operating System, VOLUME_KMSCLIENT channel           | KMS_CLIENT",
            "Windows(R) Operating System, VOLUME_KMS_2019 channel            | KMS_HOST",
            "Windows(R) Operating System, VOLUME_KMS_WS19 channel            | KMS_HOST",
            "Windows(R) Operating System, VOLUME_KMS_R2_B channel            | KMS_HOST",
            "Windows(R) Operating System, VOLUME_KMS_2022 channel            | KMS_HOST",
            "Windows(R) Operating System, VOLUME_MAK channel                 | MAK",
            "Windows(R) Operating System, RETAIL channel                     | RETAIL",
            "Windows(R) Operating System, OEM_DM channel                     | OEM",
            "Windows(R) Operating System, OEM_COA_NSLP channel               | OEM",
            "Windows(R) Operating System, OEM_SLP channel                    | OEM",
            "Windows(R) Operating System, TIMEBASED_EVAL channel             | EVALUATION",
            "Windows(R) Operating System, VIRTUAL_MACHINE_ACTIVATION channel | AVMA",
            "windows(r) operating system, volume_kmsclient channel           | KMS_CLIENT",
            "Windows(R) Operating System                                     | UNKNOWN"})
    void descriptionVocabulary(String description, Channel expected) {
        assertThat(Channel.fromDescription(description)).isEqualTo(expected);
    }

    @Test
    void noDescriptionIsUnknown() {
        assertThat(Channel.fromDescription(null)).isEqualTo(Channel.UNKNOWN);
        assertThat(Channel.fromDescription("")).isEqualTo(Channel.UNKNOWN);
    }

    @Test
    void volumeChannelsAreKmsAndMak() {
        EnumSet<Channel> volume = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (channel.isVolume()) {
                volume.add(channel);
            }
        }
        assertThat(volume).containsExactlyInAnyOrder(Channel.KMS_CLIENT, Channel.KMS_HOST, Channel.MAK);
    }

    @Test
    void aProductPrefersProductKeyChannelAndFallsBackToItsDescription() {
        LicensingProduct reported = product("Volume:MAK", "Windows(R) Operating System, RETAIL channel");
        LicensingProduct older = product(null, "Windows(R) Operating System, VOLUME_KMSCLIENT channel");
        LicensingProduct unknownToken = product("Something:New", "Windows(R) Operating System, OEM_DM channel");

        assertThat(reported.channel()).isEqualTo(Channel.MAK);
        assertThat(older.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(unknownToken.channel()).isEqualTo(Channel.OEM);
    }

    private static LicensingProduct product(String productKeyChannel, String description) {
        return new LicensingProduct("2fb011d9-74a8-46db-a9cb-42b2049e1363", "Windows", description, productKeyChannel,
                "8HVX7", LicenseStatus.LICENSED, 0, org.activationdesk.core.errors.Hresult.S_OK, null, null, 1, null,
                null);
    }
}
