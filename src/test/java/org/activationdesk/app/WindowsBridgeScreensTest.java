package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.job.DepositConfirmationIdJob;
import org.activationdesk.core.job.GenerateInstallationIdJob;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.net.ActivationServerProbe;
import org.activationdesk.net.LiveKmsNetwork;
import org.activationdesk.net.NetworkHealth;
import org.activationdesk.net.TinyDnsServer;
import org.activationdesk.platform.windows.RecordedWindowsMachine;
import org.activationdesk.platform.windows.RecordedWmi;
import org.activationdesk.platform.windows.slc.NativeDouble;
import org.activationdesk.platform.windows.slc.SlLicensingStatus;
import org.activationdesk.ui.Screenshots;
import org.activationdesk.ui.phone.PhoneOutcome;
import org.activationdesk.ui.phone.PhoneStep;
import org.activationdesk.ui.shell.MainWindow;
import org.activationdesk.ui.util.FxBackground;
import org.activationdesk.ui.volume.VolumeViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens on the Windows bridge rather than on practice mode, composed as {@link Backend#windows()} composes them:
 * the production {@code WindowsLicensingService} over the C double of slc.dll and recorded WMI, Windows' phone
 * directory from a phone.inf, the live KMS network adapter against a loopback DNS server, the live system health with
 * a proxy that refuses. Nothing above the port knows; every change reaches the machine through the bridge.
 */
@ExtendWith(ApplicationExtension.class)
class WindowsBridgeScreensTest {

    /** Microsoft's published KMS client key for Windows Server 2019 Datacenter. */
    private static final String DATACENTER_GVLK = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";
    /** Test characters in the license server ID's shape (35, shown in groups of five); not an ID Microsoft issued. */
    private static final String LICENSE_SERVER_ID = "ABCDE 12345 FGHJK 67890 LMNPQ 12345 RSTUV";

    @TempDir
    Path home;

    private final FxBackground background = new FxBackground();
    private RecordedWindowsMachine machine;
    private Backend backend;
    private TinyDnsServer dns;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        machine = RecordedWindowsMachine.serverOnMak(home.resolve("System32"));
        dns = new TinyDnsServer(TinyDnsServer.Answer.SRV,
                List.of(new TinyDnsServer.Srv("kms01.corp.example.", 1688, 0, 100)), false);
        backend = new Backend(machine.licensing, machine.rds, new CustomersDns(dns.port()), machine.licensing,
                Optional.empty(), null, new ActionJournal(home.resolve("journal.tsv")), machine.phoneDirectory,
                Optional.empty(), new LiveSystemHealth(Optional.of(machine.systemState),
                new NetworkHealth(WindowsBridgeScreensTest::refusingProxy)));
        window = BackendWindows.show(stage, backend, background);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
        dns.close();
    }

    @Test
    void aMakServerWithoutInternetIsReadAndActivatedByPhoneThroughTheBridge(FxRobot robot) throws Exception {
        waitForText(robot, "#computer", "SRV01");
        assertThat(window.shell().practiceProperty().get()).as("no practice banner on the real service").isFalse();
        assertThat(robot.lookup("#practiceBanner").queryLabeled().getText()).isEmpty();
        assertThat(text(robot, "#productKey")).isEqualTo("*****-*****-*****-*****-7RQ3M");
        assertThat(text(robot, "#channel")).startsWith("MAK");
        assertThat(text(robot, "#lastAttemptCode")).isEqualTo("0x80072EE7");
        assertThat(text(robot, "#nextStepTitle")).isEqualTo("Activate by phone");
        Screenshots.write(scene, "windows-overview-en");

        robot.clickOn("#nextStepButton");
        waitUntil(() -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        assertThat(text(robot, "#numbers")).as("the number from Windows' own phone.inf").contains("0120 555 001");
        robot.clickOn("#readInstallationId");
        waitUntil(() -> window.phone().stepProperty().get() == PhoneStep.INSTALLATION_ID);
        String shown = IntStream.rangeClosed(1, 9).mapToObj(i -> text(robot, "#iid-group-" + i))
                .collect(Collectors.joining());
        assertThat(shown).as("read from slc.dll").isEqualTo(RecordedWindowsMachine.INSTALLATION_ID);

        robot.clickOn("#toConfirmationId");
        waitUntil(() -> window.phone().stepProperty().get() == PhoneStep.CONFIRMATION_ID);
        robot.clickOn("#cid-block-A").write(RecordedWindowsMachine.CONFIRMATION_ID); // blocks advance as typed
        robot.clickOn("#deposit");
        waitUntil(() -> window.phone().stepProperty().get() == PhoneStep.RESULT && !window.phone().busyProperty().get());

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
        assertThat(machine.slc.control.SLDouble_Status(NativeDouble.guid(RecordedWindowsMachine.SKU)))
                .as("deposited into slc.dll").isEqualTo(SlLicensingStatus.LICENSED);
        assertThat(machine.wmi.methodNames()).contains("RefreshLicenseStatus");
        assertThat(backend.journal().read()).extracting(JournalEntry::action)
                .containsExactly(GenerateInstallationIdJob.ACTION, DepositConfirmationIdJob.ACTION);

        robot.clickOn("#nav-OVERVIEW"); // read again because the phone screen changed the machine
        waitForText(robot, "#status", "Activated");
        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        waitForText(robot, "#status", "ライセンス認証済み");
        Screenshots.write(scene, "windows-overview-ja");
    }

    @Test
    void theCustomersKmsHostIsFoundAndTheSwitchToKmsInstallsTheKeyThroughWmi(FxRobot robot) throws Exception {
        waitForText(robot, "#computer", "SRV01");
        robot.clickOn("#nav-PRODUCT_KEY");
        robot.clickOn("#hiddenKey").write(DATACENTER_GVLK);
        waitUntil(() -> robot.lookup("#identity").queryAs(Label.class).isVisible()
                && robot.lookup("#run-step-1").tryQuery().isPresent());
        assertThat(text(robot, "#keyEdition")).as("identified by the machine's key configurations")
                .isEqualTo("ServerDatacenter");
        assertThat(machine.wmi.methodNames()).as("identifying a key changes nothing: every call so far only reads")
                .allMatch(name -> name.startsWith("Get"));

        robot.clickOn("#nav-VOLUME_ACTIVATION");
        waitUntil(() -> !window.volume().facts().isEmpty());
        assertThat(window.volume().domainProperty().get()).as("the machine's own domain, from WMI")
                .isEqualTo("corp.example");
        robot.clickOn("#lookUp");
        waitUntil(() -> robot.lookup("#srv-choice-1").tryQuery().isPresent());
        assertThat(window.volume().records()).extracting(VolumeViewModel.SrvRow::target)
                .containsExactly("kms01.corp.example");
        assertThat(dns.udpQueries()).isPositive();

        scrollTo(robot, "#switch-step-1");
        robot.clickOn("#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmTick").tryQuery().isPresent());
        robot.clickOn("#confirmTick");
        robot.clickOn("#confirmOk");
        waitUntil(() -> machine.wmi.methodNames().contains("InstallProductKey") && !window.volume().jobRunningProperty()
                .get());

        RecordedWmi.Call install = machine.wmi.calls.stream()
                .filter(call -> call.method().name().equals("InstallProductKey")).findFirst().orElseThrow();
        assertThat(install.inputs()).containsEntry("ProductKey", DATACENTER_GVLK);
        List<JournalEntry> journal = backend.journal().read();
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).toString()).contains("63DFG").doesNotContain(DATACENTER_GVLK);
        robot.clickOn("#nav-OVERVIEW");
        waitForText(robot, "#productKey", "*****-*****-*****-*****-63DFG");
        assertThat(text(robot, "#channel")).startsWith("KMS client");
    }

    @Test
    void diagnosticsReadTheServiceAndTheRdServerIsActivatedWithItsIdThroughWmi(FxRobot robot) throws Exception {
        waitForText(robot, "#computer", "SRV01");
        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");
        waitUntil(() -> !window.diagnostics().runningProperty().get()
                && !robot.lookup("#results").queryAs(VBox.class).getChildren().isEmpty());
        List<String> texts = robot.from(robot.lookup("#results").queryAs(VBox.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(String.join("\n", texts)).contains("0x80072EE7");
        assertThat(machine.wmi.queries).extracting(RecordedWmi.Query::className).contains("Win32_Service");
        Screenshots.write(scene, "windows-diagnostics-en");

        robot.clickOn("#nav-RDS");
        waitForText(robot, "#rdsStatusBadge", "Not activated");
        assertThat(window.rds().productIdProperty().get()).isEqualTo(RecordedWindowsMachine.PRODUCT_ID);
        assertThat(window.rds().practiceProperty().get()).as("no practice Clearinghouse on the real service").isFalse();
        scrollTo(robot, "#rdsIdInput");
        robot.clickOn("#rdsIdInput").write(LICENSE_SERVER_ID);
        scrollTo(robot, "#rdsActivateWithId");
        robot.clickOn("#rdsActivateWithId");
        waitForText(robot, "#rdsStatusBadge", "Activated");

        assertThat(machine.wmi.calls).filteredOn(call -> call.method().name().equals("ActivateServer"))
                .singleElement().satisfies(call -> assertThat(call.inputs())
                        .containsEntry("sLicenseServerId", LICENSE_SERVER_ID.replace(" ", "")));
        assertThat(backend.journal().read()).extracting(JournalEntry::action).containsExactly("rds-activate-with-id");
    }

    private static String text(FxRobot robot, String query) {
        return BackendWindows.text(robot, query);
    }

    private static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent() && expected.equals(text(robot, query)));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        BackendWindows.waitUntil(Duration.ofSeconds(15), condition);
    }

    /** Scrolls the screen's page so that the node is in the window, as a person would before clicking it. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Parent parent = node.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane pane = (ScrollPane) parent;
            Node content = pane.getContent();
            double y = node.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A proxy on a loopback port nobody listens on: the server in the story has no way to the internet. */
    private static ActivationServerProbe.ProxySetting refusingProxy() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new ActivationServerProbe.ProxySetting(ProxySelector.of(new InetSocketAddress("127.0.0.1", port)),
                OnlineReading.ProxySource.SYSTEM);
    }

    /** The live network adapter, asking the customer's DNS server (here on loopback) when no server is named. */
    private record CustomersDns(int port) implements KmsNetwork {
        private static final LiveKmsNetwork LIVE = new LiveKmsNetwork();

        @Override
        public DiscoveryResult discover(DnsDomain domain, Optional<DnsServer> server, Duration timeout)
                throws InterruptedException {
            return LIVE.discover(domain, server.or(() -> Optional.of(new DnsServer("127.0.0.1", port))), timeout);
        }

        @Override
        public ProbeResult probe(KmsEndpoint endpoint, Duration timeout) throws InterruptedException {
            return LIVE.probe(endpoint, timeout);
        }
    }
}
