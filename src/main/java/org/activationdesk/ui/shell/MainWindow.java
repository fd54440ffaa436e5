package org.activationdesk.ui.shell;

import impl.org.controlsfx.skin.DecorationPane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.ui.diagnostics.DiagnosticsView;
import org.activationdesk.ui.diagnostics.DiagnosticsViewModel;
import org.activationdesk.ui.errors.ErrorCodeView;
import org.activationdesk.ui.errors.ErrorCodeViewModel;
import org.activationdesk.ui.key.KeyView;
import org.activationdesk.ui.key.KeyViewModel;
import org.activationdesk.ui.overview.OverviewView;
import org.activationdesk.ui.overview.OverviewViewModel;
import org.activationdesk.ui.phone.PhoneActivationView;
import org.activationdesk.ui.phone.PhoneActivationViewModel;
import org.activationdesk.ui.rds.RdsView;
import org.activationdesk.ui.rds.RdsViewModel;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.Dialogs;
import org.activationdesk.ui.util.FrameSteps;
import org.activationdesk.ui.util.LiveTexts;
import org.activationdesk.ui.util.Warmup;
import org.activationdesk.ui.volume.VolumeView;
import org.activationdesk.ui.volume.VolumeViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: menus, the practice banner and the current screen. Built once; a language
 * switch only changes texts (see {@link LiveTexts}), and those of hidden screens a frame at a time (see
 * {@link ScreenLanguages}), so it never stalls the JavaFX thread.
 */
public final class MainWindow {

    /** The screens that show what they read of the machine. */
    private static final Set<Screen> MACHINE_SCREENS = EnumSet.of(Screen.OVERVIEW, Screen.PRODUCT_KEY,
            Screen.PHONE_ACTIVATION, Screen.VOLUME_ACTIVATION, Screen.RDS);

    public static final String STYLESHEET = "/org/activationdesk/ui/desk.css";
    private static final String OVERVIEW_SCREEN = "/org/activationdesk/ui/overview/OverviewView.fxml";
    private static final String KEY_SCREEN = "/org/activationdesk/ui/key/KeyView.fxml";
    private static final String DIAGNOSTICS_SCREEN = "/org/activationdesk/ui/diagnostics/DiagnosticsView.fxml";
    private static final String ERROR_CODE_SCREEN = "/org/activationdesk/ui/errors/ErrorCodeView.fxml";
    private static final String PHONE_SCREEN = "/org/activationdesk/ui/phone/PhoneActivationView.fxml";
    private static final String RDS_SCREEN = "/org/activationdesk/ui/rds/RdsView.fxml";
    private static final String VOLUME_SCREEN = "/org/activationdesk/ui/volume/VolumeView.fxml";

    private final ShellViewModel shell;
    private final ScreenLanguages languages;
    private final OverviewViewModel overview;
    private final ErrorCodeViewModel errorCodes;
    private final KeyViewModel productKey;
    private final KeyScreenRehearsal keyRehearsal;
    private final DiagnosticsViewModel diagnostics;
    private final PhoneActivationViewModel phone;
    private final RdsViewModel rds;
    private final VolumeViewModel volume;
    private final BorderPane root = new BorderPane();
    /**
     * The scene's root: ControlsFX's decoration layer, over everything else. The first time ControlsFX marks a
     * field (the product key's first mistake) it looks for this layer above the field and, finding none, makes one
     * the new scene root. JavaFX keeps its style caches per scene root, so a new root resolved the CSS of every node
     * of all seven screens again against AtlantaFX's stylesheet and laid the window out again: a stall of several
     * hundred ms while typing. Present from the start, the layer is found and nothing is redone.
     */
    private final DecorationPane decorationLayer = new DecorationPane();
    /**
     * Every screen, built once while the start-up page is still showing and kept in the scene (hidden) so its
     * skins and styles exist too: switching screens then only changes visibility. Built on first visit instead,
     * the product-key screen stalled the JavaFX thread for 150-250 ms on the first click.
     */
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    /** The screen on show. Default buttons follow it: Enter belongs to the visible screen only. */
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>();
    /**
     * Screens that show the machine as it was before a change (a journal line) made since they last read it. Each is
     * read again when next shown rather than at once: a screen in the middle of a flow is not reset under the user.
     */
    private final Set<Screen> stale = EnumSet.noneOf(Screen.class);
    private final Session session;
    private final StringProperty administratorRestartProblem = new SimpleStringProperty("");
    private Runnable afterElevatedStart = Platform::exit;

    public MainWindow(Session session, Background background, ErrorCatalog catalog, Clock clock, Language language) {
        this.session = session;
        this.shell = new ShellViewModel(session, background, language);
        this.languages = new ScreenLanguages(shell.messagesProperty(), current);
        this.overview = new OverviewViewModel(session, background, catalog, clock, languages.of(Screen.OVERVIEW));
        ErrorExplainer explainer = new ErrorExplainer(catalog, session.systemMessages());
        this.errorCodes = new ErrorCodeViewModel(explainer, languages.of(Screen.ERROR_CODES));
        this.productKey = new KeyViewModel(session, background, catalog, clock, languages.of(Screen.PRODUCT_KEY));
        this.keyRehearsal = new KeyScreenRehearsal(productKey, current);
        this.phone = new PhoneActivationViewModel(session, background, catalog, clock,
                languages.of(Screen.PHONE_ACTIVATION));
        this.volume = new VolumeViewModel(session, background, catalog, clock, languages.of(Screen.VOLUME_ACTIVATION));
        this.diagnostics = new DiagnosticsViewModel(session, explainer, clock,
                languages.of(Screen.DIAGNOSTICS), Platform::runLater);
        this.rds = new RdsViewModel(session, background, catalog, clock, languages.of(Screen.RDS));
        root.getStyleClass().add("desk");
        // On the scene root, where its .root rules (ControlsFX's colours mapped onto the theme) match.
        decorationLayer.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        root.setTop(new VBox(menuBar(), banner(), administratorStrip()));
        load(Screen.OVERVIEW, OVERVIEW_SCREEN, (OverviewView view) -> view.bind(overview, this::explainCode,
                this::openStep, current.isEqualTo(Screen.OVERVIEW), languages.of(Screen.OVERVIEW),
                () -> show(Screen.RDS)));
        load(Screen.PRODUCT_KEY, KEY_SCREEN, (KeyView view) -> view.bind(productKey, languages.of(Screen.PRODUCT_KEY)));
        load(Screen.PHONE_ACTIVATION, PHONE_SCREEN, (PhoneActivationView view) -> view.bind(phone,
                languages.of(Screen.PHONE_ACTIVATION), current.isEqualTo(Screen.PHONE_ACTIVATION)));
        load(Screen.VOLUME_ACTIVATION, VOLUME_SCREEN, (VolumeView view) -> view.bind(volume,
                languages.of(Screen.VOLUME_ACTIVATION), () -> show(Screen.PHONE_ACTIVATION)));
        load(Screen.DIAGNOSTICS, DIAGNOSTICS_SCREEN, (DiagnosticsView view) -> view.bind(diagnostics, this::openFix));
        load(Screen.ERROR_CODES, ERROR_CODE_SCREEN, (ErrorCodeView view) -> view.bind(errorCodes));
        load(Screen.RDS, RDS_SCREEN, (RdsView view) -> view.bind(rds));
        root.setLeft(navigationRail());
        screens.values().forEach(node -> node.setVisible(false));
        content.getChildren().setAll(screens.values());
        root.setCenter(content);
        decorationLayer.setRoot(root);
        show(Screen.OVERVIEW);
        watchForChanges();
    }

    /** Opens the error-code screen on a code, e.g. the reason shown on the overview. */
    public void explainCode(String code) {
        errorCodes.show(code);
        show(Screen.ERROR_CODES);
    }

    /** The next steps that have a screen of their own open it; the overview handles the rest. */
    private boolean openStep(NextStep step) {
        Screen screen = switch (step) {
            case ACTIVATE_BY_PHONE -> Screen.PHONE_ACTIVATION;
            case ACTIVATE_RDS_SERVER -> Screen.RDS;
            // An expired evaluation keeps its how-to on the overview: a domain controller must first lose its role.
            case ENTER_PRODUCT_KEY, ENTER_MATCHING_KEY -> Screen.PRODUCT_KEY;
            case FIX_KMS_DISCOVERY, REVIEW_KMS_HOST_COUNT -> Screen.VOLUME_ACTIVATION;
            default -> null;
        };
        if (screen != null) {
            show(screen);
        }
        return screen != null;
    }

    /** Where a diagnostic's fix is done: the screen that has it, or the overview and its next step. */
    private void openFix(FixTarget target) {
        show(switch (target) {
            case PRODUCT_KEY -> Screen.PRODUCT_KEY;
            case ACTIVATE_BY_PHONE -> Screen.PHONE_ACTIVATION;
            case RDS_ACTIVATION -> Screen.RDS;
            case KMS_SETTINGS -> Screen.VOLUME_ACTIVATION;
            default -> Screen.OVERVIEW;
        });
        if (target == FixTarget.RESTART_AS_ADMIN && shell.canRestartAsAdministrator()) {
            askToRestartAsAdministrator();
        }
    }

    /** Stops background work that outlives a screen (the diagnostics threads, a start-up rehearsal still running). */
    public void close() {
        keyRehearsal.giveBack();
        diagnostics.shutdown();
    }

    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    public void show(Screen screen) {
        if (stale.remove(screen)) {
            read(screen);
        }
        languages.catchUp(screen);
        if (screen == Screen.PRODUCT_KEY) {
            keyRehearsal.giveBack();
        }
        screens.forEach((which, node) -> node.setVisible(which == screen));
        current.set(screen);
        navigation.getToggles().stream().filter(t -> t.getUserData() == screen).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private Node navigationRail() {
        VBox rail = new VBox(4);
        rail.getStyleClass().add("navigation");
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("nav-" + screen.name());
            button.setUserData(screen);
            button.setGraphic(new FontIcon(screen.icon()));
            button.textProperty().bind(text(m -> m.of("nav", screen)));
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(event -> show(screen));
            rail.getChildren().add(button);
        }
        // A navigation toggle stays selected: clicking the current screen again must not leave none selected.
        navigation.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null && before != null) {
                before.setSelected(true);
            }
        });
        return rail;
    }

    public Parent root() {
        return decorationLayer;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public ErrorCodeViewModel errorCodes() {
        return errorCodes;
    }

    public KeyViewModel productKey() {
        return productKey;
    }

    public PhoneActivationViewModel phone() {
        return phone;
    }

    public RdsViewModel rds() {
        return rds;
    }

    public VolumeViewModel volume() {
        return volume;
    }

    /**
     * Reads the machine for the first time; called once the window is on screen. Meanwhile the hidden screens rehearse
     * what is slow only the first time (see {@link ScreenLanguages#rehearse()} and {@link KeyScreenRehearsal}).
     */
    public void start() {
        Warmup.start();
        languages.rehearse();
        FrameSteps.run(keyRehearsal.steps(languages::settled));
        MACHINE_SCREENS.forEach(this::read);
    }

    /** After a scenario switch every screen reads the new machine. */
    private void machineChanged() {
        MACHINE_SCREENS.forEach(this::read);
        diagnostics.clear(); // its results belong to the old machine
        stale.clear();
        watchForChanges(); // the new machine comes with its own journal
    }

    /** Every change to the machine writes one journal line, on whichever screen it was made. */
    private void watchForChanges() {
        session.journal().addListener(entry -> Platform.runLater(() -> stale.addAll(MACHINE_SCREENS)));
    }

    /** Reads the machine again for one screen. */
    private void read(Screen screen) {
        switch (screen) {
            case OVERVIEW -> overview.refresh();
            case PRODUCT_KEY -> productKey.refreshMachine();
            case PHONE_ACTIVATION -> phone.start();
            case VOLUME_ACTIVATION -> volume.start();
            case RDS -> rds.refresh();
            default -> {
                // Diagnostics keep their results for the ticket until run again; error codes read no machine.
            }
        }
    }

    /** Loads a screen once; its texts follow the screen's language from then on. */
    private <C> void load(Screen screen, String resource, Consumer<C> bind) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource(resource), LiveTexts.keyBundle());
        try {
            Node node = loader.load();
            LiveTexts.bind(node, languages.of(screen));
            bind.accept(loader.getController());
            screens.put(screen, node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }

    /** A text that follows the language. */
    private StringBinding text(Function<Messages, String> text) {
        return Bindings.createStringBinding(() -> text.apply(shell.messagesProperty().get()), shell.messagesProperty());
    }

    private MenuBar menuBar() {
        Menu practice = new Menu();
        practice.textProperty().bind(text(m -> m.get("menu.practice")));
        practice.setId("practiceMenu");
        ToggleGroup scenarios = new ToggleGroup();
        for (PracticeScenario scenario : shell.scenarios()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(text(m -> scenario.title().in(m.language())));
            item.setId("scenario-" + scenario.id());
            item.setToggleGroup(scenarios);
            item.setSelected(shell.currentScenarioId().filter(scenario.id()::equals).isPresent());
            item.setOnAction(event -> shell.switchScenario(scenario.id(), this::machineChanged, problem -> {
                // The old scenario stays in use: select it in the menu again, then say why.
                scenarios.getToggles().forEach(toggle -> toggle.setSelected(shell.currentScenarioId()
                        .map(id -> ("scenario-" + id).equals(((RadioMenuItem) toggle).getId())).orElse(false)));
                Dialogs.information(root.getScene().getWindow(), practice.getText(), problem);
            }));
            practice.getItems().add(item);
        }
        practice.setDisable(shell.scenarios().isEmpty());

        Menu language = new Menu();
        language.textProperty().bind(text(m -> m.get("menu.language")));
        language.setId("languageMenu");
        ToggleGroup languages = new ToggleGroup();
        for (Language candidate : Language.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(text(m -> m.of("language", candidate)));
            item.setId("language-" + candidate.tag());
            item.setToggleGroup(languages);
            item.setSelected(candidate == shell.language());
            item.setOnAction(event -> shell.setLanguage(candidate));
            language.getItems().add(item);
        }

        Menu help = new Menu();
        help.textProperty().bind(text(m -> m.get("menu.help")));
        MenuItem about = new MenuItem();
        about.textProperty().bind(text(m -> m.get("menu.help.about")));
        about.setOnAction(event -> Dialogs.information(root.getScene().getWindow(),
                shell.messagesProperty().get().get("app.title"), shell.messagesProperty().get().get("about.text")));
        help.getItems().add(about);
        return new MenuBar(practice, language, help);
    }

    /**
     * On the real service without administrator rights: says that nothing can be changed and offers to start again
     * elevated, which is the way out of every "access denied". Shown only where that restart is possible.
     */
    private Node administratorStrip() {
        FontIcon icon = new FontIcon("mdi2s-shield-account");
        icon.getStyleClass().add("admin-strip-icon");
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(text(m -> m.get("admin.strip")));
        Button restart = new Button();
        restart.setId("adminRestart");
        restart.setMinWidth(Region.USE_PREF_SIZE);
        restart.textProperty().bind(text(m -> m.get("admin.restart.button")));
        restart.setOnAction(event -> askToRestartAsAdministrator());
        Label problem = new Label();
        problem.setId("adminRestartProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("tone-problem");
        problem.textProperty().bind(administratorRestartProblem);
        problem.visibleProperty().bind(administratorRestartProblem.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, icon, text, restart);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox strip = new VBox(6, row, problem);
        strip.setId("adminStrip");
        strip.getStyleClass().add("admin-strip");
        BooleanBinding shown = overview.notElevatedProperty().and(Bindings.createBooleanBinding(
                shell::canRestartAsAdministrator));
        strip.visibleProperty().bind(shown);
        strip.managedProperty().bind(shown);
        return strip;
    }

    /** Asks first: the restart closes this window. Diagnostics' "restart as administrator" fix comes here too. */
    private void askToRestartAsAdministrator() {
        Messages m = shell.messagesProperty().get();
        Dialogs.confirm(root.getScene().getWindow(), m.get("admin.restart.title"), m.get("admin.restart.question"),
                        null, m.get("admin.restart.button"), m.get("keyscreen.confirm.cancel"))
                .ifPresent(ticked -> {
                    administratorRestartProblem.set("");
                    shell.restartAsAdministrator(afterElevatedStart, administratorRestartProblem::set);
                });
    }

    /** What to do once the elevated instance has started: this one closes. Tests replace it. */
    void afterElevatedStart(Runnable action) {
        afterElevatedStart = action;
    }

    private Node banner() {
        FontIcon icon = new FontIcon("mdi2s-school");
        icon.getStyleClass().add("banner-icon");
        Label title = new Label();
        title.setId("practiceBanner");
        title.getStyleClass().add("banner-title");
        title.textProperty().bind(shell.bannerTitleProperty());
        Label detail = new Label();
        detail.getStyleClass().add("banner-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(shell.bannerDetailProperty());
        HBox banner = new HBox(12, icon, new VBox(2, title, detail));
        banner.getStyleClass().add("practice-banner");
        banner.visibleProperty().bind(shell.practiceProperty());
        banner.managedProperty().bind(shell.practiceProperty());
        return banner;
    }
}
