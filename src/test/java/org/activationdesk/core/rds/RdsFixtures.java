package org.activationdesk.core.rds;

import java.util.List;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsLicenseServer;

/** License servers and key packs for RDS tests. The IDs are test data that no Clearinghouse issued. */
public final class RdsFixtures {

    public static final String SERVER_ID = "TESTSERVER0000000000000000000000001";
    public static final String PRODUCT_ID = "00000-11111-22222-TS001";
    public static final String DATABASE = "C:\\Windows\\System32\\LServer";
    public static final RdsContact CONTACT = new RdsContact("Aiko", "Tanaka", "Example Clinic", "Japan");

    private RdsFixtures() {
    }

    public static RdsKeyPack pack(int id, String version, CalType type, int total, int issued) {
        return new RdsKeyPack(id, version + " CAL", version, type, RdsKeyPackType.RETAIL_PURCHASE, total, issued,
                total - issued, null);
    }

    public static RdsLicenseServer activated(RdsKeyPack... packs) {
        return new RdsLicenseServer(RdsActivationStatus.ACTIVATED, SERVER_ID, PRODUCT_ID, DATABASE, List.of(packs),
                CONTACT);
    }

    public static RdsLicenseServer notActivated(RdsKeyPack... packs) {
        return new RdsLicenseServer(RdsActivationStatus.NOT_ACTIVATED, null, PRODUCT_ID, DATABASE, List.of(packs),
                RdsContact.EMPTY);
    }

    public static MachineInfo machine(String osName, int build, DomainRole role) {
        return new MachineInfo("RDS-LS01", osName, "10.0." + build, build, "ServerStandard", role,
                role.isDomainMember() ? "corp.example" : null, true);
    }
}
