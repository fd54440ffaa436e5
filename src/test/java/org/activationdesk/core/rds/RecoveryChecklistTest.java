package org.activationdesk.core.rds;

import static org.activationdesk.core.rds.RdsFixtures.activated;
import static org.activationdesk.core.rds.RdsFixtures.notActivated;
import static org.activationdesk.core.rds.RdsFixtures.pack;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.rds.RecoveryChecklist.KeepItem;
import org.activationdesk.core.rds.RecoveryChecklist.KeepKind;
import org.activationdesk.core.rds.RecoveryChecklist.Step;
import org.activationdesk.core.rds.RecoveryChecklist.StepKind;
import org.activationdesk.core.rds.RecoveryChecklist.StepState;
import org.junit.jupiter.api.Test;

class RecoveryChecklistTest {

    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);

    @Test
    void aRebuiltServerKeepsItsProductIdAndDatabaseAndMustBeActivatedWithThatProductId() {
        RecoveryChecklist checklist = RecoveryChecklist.of(Optional.of(notActivated()));

        assertThat(checklist.keep()).extracting(KeepItem::kind).containsExactly(KeepKind.LICENSE_SERVER_ID,
                KeepKind.PRODUCT_ID, KeepKind.KEY_PACKS, KeepKind.DATABASE_PATH);
        assertThat(checklist.keep()).extracting(KeepItem::value)
                .containsExactly(null, RdsFixtures.PRODUCT_ID, null, RdsFixtures.DATABASE);
        assertThat(checklist.steps()).extracting(Step::kind).containsExactly(StepKind.CHECK_STATUS, StepKind.ACTIVATE,
                StepKind.REACTIVATE, StepKind.REINSTALL_CALS, StepKind.REBUILD_LAST, StepKind.BACK_UP);
        assertThat(checklist.steps()).extracting(Step::state).containsExactly(StepState.DONE, StepState.TO_DO,
                StepState.IF_NEEDED, StepState.TO_DO, StepState.IF_NEEDED, StepState.TO_DO);
        assertThat(checklist.steps().get(0).text().in(EN)).contains("Not activated");
        assertThat(checklist.steps().get(1).text().in(EN)).contains(RdsFixtures.PRODUCT_ID).contains("Clearinghouse");
        assertThat(checklist.steps().get(4).text().in(EN)).contains("deletes every installed CAL");
        assertThat(checklist.steps().get(5).text().in(JA)).contains(RdsFixtures.DATABASE);
    }

    @Test
    void anActivatedServerWithPacksHasItsIdToKeepAndActivationAndCalsDone() {
        RecoveryChecklist checklist = RecoveryChecklist.of(Optional.of(activated(
                pack(2, "Windows Server 2022", CalType.PER_USER, 50, 12))));

        assertThat(checklist.keep().get(0).value()).isEqualTo(RdsFixtures.SERVER_ID);
        assertThat(checklist.keep().get(0).advice().in(EN)).contains("migrating CALs");
        assertThat(checklist.keep().get(2).advice().in(EN)).startsWith("1 CAL key packs installed, 38 licences available")
                .contains("key pack IDs");
        assertThat(checklist.steps()).extracting(Step::state).containsExactly(StepState.DONE, StepState.DONE,
                StepState.IF_NEEDED, StepState.DONE, StepState.IF_NEEDED, StepState.TO_DO);
    }

    @Test
    void withoutTheRoleOnlyTheRoleIsToDo() {
        RecoveryChecklist checklist = RecoveryChecklist.of(Optional.empty());

        assertThat(checklist.keep()).isEmpty();
        assertThat(checklist.steps()).singleElement().satisfies(step -> {
            assertThat(step.state()).isEqualTo(StepState.TO_DO);
            assertThat(step.text().in(JA)).contains("リモート デスクトップ ライセンス");
        });
    }
}
