package org.activationdesk.platform.windows;

import java.util.List;
import java.util.Locale;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.platform.windows.wmi.WmiClass;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;

/** The machine as the helpdesk describes it: Win32_OperatingSystem, Win32_ComputerSystem, EditionID, elevation. */
final class MachineReader {

    private MachineReader() {
    }

    static MachineInfo read(WmiGateway wmi, WindowsHost host) throws WindowsCallException {
        WmiObject<WmiSchema.OperatingSystem> os = single(wmi, WmiSchema.OPERATING_SYSTEM);
        WmiObject<WmiSchema.ComputerSystem> computer = single(wmi, WmiSchema.COMPUTER_SYSTEM);
        String caption = os.string(WmiSchema.OperatingSystem.Caption).orElse("Windows").strip();
        String osName = caption.startsWith("Microsoft ") ? caption.substring("Microsoft ".length()) : caption;
        String version = os.string(WmiSchema.OperatingSystem.Version).orElse("");
        int build = number(os.string(WmiSchema.OperatingSystem.BuildNumber).orElse("0"));
        boolean domainMember = computer.bool(WmiSchema.ComputerSystem.PartOfDomain).orElse(false);
        return new MachineInfo(computer.string(WmiSchema.ComputerSystem.Name).orElse("").toUpperCase(Locale.ROOT),
                osName, version, build, host.editionId().orElse("Unknown"), role(computer),
                domainMember ? computer.string(WmiSchema.ComputerSystem.Domain).orElse(null) : null, host.elevated());
    }

    private static <P extends Enum<P>> WmiObject<P> single(WmiGateway wmi, WmiClass<P> wmiClass)
            throws WindowsCallException {
        List<WmiObject<P>> rows = wmi.query(wmiClass, null, SppWmi.READ);
        if (rows.isEmpty()) {
            throw new WindowsCallException("SELECT FROM " + wmiClass.name(), new Hresult(WmiGateway.NOT_FOUND));
        }
        return rows.get(0);
    }

    private static DomainRole role(WmiObject<WmiSchema.ComputerSystem> computer) throws WindowsCallException {
        long code = computer.uint32(WmiSchema.ComputerSystem.DomainRole).orElse(0);
        for (DomainRole role : DomainRole.values()) {
            if (role.code() == code) {
                return role;
            }
        }
        throw new WindowsCallException("Win32_ComputerSystem.DomainRole",
                new Hresult(WmiObject.TYPE_MISMATCH));
    }

    private static int number(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
