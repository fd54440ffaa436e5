package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;

class MachineReaderTest {

    private final FakeHost host = new FakeHost();

    @Test
    void aDomainControllerRunningAnEvaluation() throws WindowsCallException {
        RecordedWmi wmi = new RecordedWmi()
                .rows(WmiSchema.OPERATING_SYSTEM, Map.of("Caption", "Microsoft Windows Server 2019 Datacenter Evaluation ",
                        "Version", "10.0.17763", "BuildNumber", "17763"))
                .rows(WmiSchema.COMPUTER_SYSTEM, Map.of("Name", "dc01", "Domain", "corp.example", "PartOfDomain", true,
                        "DomainRole", 5));
        host.editionId = "ServerDatacenterEval";
        MachineInfo machine = MachineReader.read(wmi, host);
        assertThat(machine).isEqualTo(new MachineInfo("DC01", "Windows Server 2019 Datacenter Evaluation",
                "10.0.17763", 17763, "ServerDatacenterEval", DomainRole.PRIMARY_DOMAIN_CONTROLLER, "corp.example",
                true));
        assertThat(machine.isEvaluationEdition()).isTrue();
    }

    @Test
    void aWorkgroupMachineHasNoDomainAndUnknownValuesStayUnknown() throws WindowsCallException {
        RecordedWmi wmi = new RecordedWmi()
                .rows(WmiSchema.OPERATING_SYSTEM, Map.of("Caption", "Microsoft Windows 11 Pro", "BuildNumber", "x"))
                .rows(WmiSchema.COMPUTER_SYSTEM, Map.of("Name", "pc7", "Domain", "WORKGROUP", "PartOfDomain", false));
        host.editionId = null;
        host.elevated = false;
        MachineInfo machine = MachineReader.read(wmi, host);
        assertThat(machine.domain()).isNull();
        assertThat(machine.domainRole()).isEqualTo(DomainRole.STANDALONE_WORKSTATION);
        assertThat(machine.editionId()).isEqualTo("Unknown");
        assertThat(machine.build()).isZero();
        assertThat(machine.elevated()).isFalse();
    }

    @Test
    void anUnknownDomainRoleOrNoRowIsAnError() {
        RecordedWmi wmi = new RecordedWmi().rows(WmiSchema.OPERATING_SYSTEM, Map.of("Caption", "Windows"))
                .rows(WmiSchema.COMPUTER_SYSTEM, Map.of("DomainRole", 9));
        assertThatThrownBy(() -> MachineReader.read(wmi, host)).hasMessageContaining("DomainRole");
        assertThatThrownBy(() -> MachineReader.read(new RecordedWmi(), host))
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value()).isEqualTo(WmiGateway.NOT_FOUND));
    }
}
