package org.activationdesk.ui.shell;

import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.port.AdministratorRestart;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.PhoneDirectory;
import org.activationdesk.core.port.PracticePhoneLine;
import org.activationdesk.core.port.PracticeClearinghouse;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.SystemMessages;

/**
 * What the screens work on: the ports of this run and, in practice mode, the scenario. The composition
 * root implements it; screens never learn which adapter is behind it.
 */
public interface Session {

    LicensingService licensing();

    RdsLicensingService rds();

    /** DNS lookups and probes of KMS hosts: the network, or the scenario's in practice mode. */
    KmsNetwork kmsNetwork();

    ActionJournal journal();

    /** The Software Protection service, internet, clock and restart facts: the computer's, or the scenario's. */
    SystemHealth systemHealth();

    /** Windows' own texts for system errors the error catalog lacks; none but on Windows. */
    default SystemMessages systemMessages() {
        return SystemMessages.NONE;
    }

    /** Where to call for phone activation: the machine's own directory, or the practice line's. */
    PhoneDirectory phoneDirectory();

    /** The practice phone line that plays Microsoft's voice system; empty on the real service. */
    Optional<PracticePhoneLine> practicePhoneLine();

    /** Identifies keys by group and serial: the machine's key configurations, or the scenario's in practice. */
    KeyConfigurations keyConfigurations();

    /**
     * Practice mode's stand-in for the Microsoft Clearinghouse, when the RD licensing port in use offers one; empty on a
     * real machine, where license server IDs come only from Microsoft.
     */
    default Optional<PracticeClearinghouse> practiceClearinghouse() {
        return rds() instanceof PracticeClearinghouse clearinghouse ? Optional.of(clearinghouse) : Optional.empty();
    }

    /**
     * Starts Activation Desk again with administrator rights; empty in practice mode and wherever this instance cannot
     * be started again the way it was started.
     */
    default Optional<AdministratorRestart> administratorRestart() {
        return Optional.empty();
    }

    /** The practice scenario in use, or empty on the machine's real licensing service. */
    Optional<PracticeScenario> practiceScenario();

    /** Why practice mode is on, as a bundle key suffix (see {@code banner.reason.*}), or empty. */
    Optional<String> practiceReason();

    /** The scenarios the user may switch to; empty on the real service. */
    List<PracticeScenario> scenarios();

    /**
     * Switches to another practice scenario, with fresh simulated state. Reads a file: call it off the
     * JavaFX thread.
     *
     * @throws IllegalArgumentException with a message in the given language when it cannot be loaded
     */
    void switchScenario(String id, Messages messages);
}
