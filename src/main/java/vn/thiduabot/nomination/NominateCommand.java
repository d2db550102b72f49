package vn.thiduabot.nomination;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thiduabot.chat.LegacyButtonAction;
import vn.thiduabot.chat.ChatSession;
import vn.thiduabot.people.Person;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.Flow;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.Reply;
import vn.thiduabot.people.Role;
import vn.thiduabot.staff.StaffDirectory;
import vn.thiduabot.people.Names;
import vn.thiduabot.staff.StaffView;

/**
 * /decu (/nominate): anyone linked puts forward a colleague, someone outside the staff or a
 * collective as an exemplar. Step by step: who (type, then a name search or a typed name), the
 * category, the achievement, evidence, a summary, send. Every step is saved in the draft
 * nomination, so /huy, a restart or a day's pause resumes where the nominator stopped.
 */
@Component
@Order(300)
class NominateCommand implements Command, Flow, LegacyButtonAction {

    static final String FLOW = "nomination";
    static final String ACTION = "nom.draft";
    static final int MAX_MATCHES = 8;

    static final String STEP_KIND = "kind";
    static final String STEP_SEARCH = "search";
    static final String STEP_NAME = "name";
    static final String STEP_CATEGORY = "category";
    static final String STEP_ACHIEVEMENT = "achievement";
    static final String STEP_EVIDENCE = "evidence";
    static final String STEP_SUMMARY = "summary";

    private final NominationService service;
    private final NominationCards cards;
    private final StaffDirectory staff;

    NominateCommand(NominationService service, NominationCards cards, StaffDirectory staff) {
        this.service = service;
        this.cards = cards;
        this.staff = staff;
    }

    @Override
    public List<String> names() {
        return List.of("decu", "nominate");
    }

    @Override
    public String descriptionKey() {
        return "command.nominate";
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    // --- entry points ------------------------------------------------------------------------------

    @Override
    public void run(ChatSession s, String args) {
        Person me = s.requireUser();
        Optional<Nomination> draft = service.draftOf(me.staffId());
        if (draft.isPresent()) {
            Nomination n = draft.get();
            enter(s, n);
            s.message("nomination.resume", cards.date(n.getCreatedAt()))
                    .buttonKey("nomination.restart-button", ACTION, "restart|" + n.getId()).send();
            advance(s, n);
            return;
        }
        Nomination n = service.startDraft(me.staffId());
        enter(s, n);
        askKind(s, n, true);
    }

    @Override
    public void onPress(ChatSession s, String payload) {
        String[] p = payload.split("\\|", 3);
        String verb = p[0];
        Optional<Nomination> draft = p.length > 1 ? service.ownDraft(Long.parseLong(p[1]), s.requireUser().staffId()) : Optional.empty();
        if (draft.isEmpty()) {
            s.toast("nomination.draft-gone");
            return;
        }
        Nomination n = draft.get();
        enter(s, n);
        String value = p.length > 2 ? p[2] : "";
        switch (verb) {
            case "kind" -> chooseKind(s, n, NomineeKind.valueOf(value));
            case "pick" -> pickColleague(s, n, Long.parseLong(value));
            case "team" -> nameTyped(s, n, NomineeKind.COLLECTIVE, value);
            case "category" -> {
                n.category(NominationCategory.valueOf(value), service.now());
                service.save(n);
                advance(s, n);
            }
            case "evidence" -> askEvidence(s, n);
            case "done" -> showSummary(s, n);
            case "send" -> submit(s, n);
            case "discard" -> {
                service.discard(n);
                s.endFlow();
                s.reply("nomination.discarded");
            }
            case "restart" -> {
                service.discard(n);
                Nomination fresh = service.startDraft(s.requireUser().staffId());
                enter(s, fresh);
                askKind(s, fresh, true);
            }
            default -> s.toast("error.button-stale");
        }
    }

    @Override
    public void onInput(ChatSession s) {
        Person me = s.requireUser();
        String id = s.draft().get("id");
        Optional<Nomination> draft = id == null ? Optional.empty() : service.ownDraft(Long.parseLong(id), me.staffId());
        if (draft.isEmpty()) {
            s.endFlow();
            s.reply("nomination.draft-gone");
            return;
        }
        Nomination n = draft.get();
        Incoming in = s.incoming();
        String step = s.step() == null ? "" : s.step();
        if (step.equals(STEP_EVIDENCE) && (in.kind() == Incoming.Kind.DOCUMENT || in.kind() == Incoming.Kind.PHOTO)) {
            receiveEvidence(s, n);
            return;
        }
        if (in.kind() != Incoming.Kind.TEXT) {
            s.reply(in.kind() == Incoming.Kind.DOCUMENT || in.kind() == Incoming.Kind.PHOTO
                    ? "nomination.file-not-now" : "nomination.text-please");
            return;
        }
        String text = NominationRules.clean(in.text());
        switch (step) {
            case STEP_SEARCH -> search(s, n, text);
            case STEP_NAME -> nameTyped(s, n, n.getNomineeKind() == null ? NomineeKind.EXTERNAL : n.getNomineeKind(), text);
            case STEP_ACHIEVEMENT -> achievementTyped(s, n, text);
            case STEP_EVIDENCE -> s.message("nomination.evidence.waiting")
                    .buttonKey("nomination.evidence.done-button", ACTION, "done|" + n.getId()).send();
            default -> {
                s.reply("nomination.use-buttons");
                advance(s, n);
            }
        }
    }

    /** Puts the conversation in this flow on this draft (a press may come after /huy or another command). */
    private void enter(ChatSession s, Nomination n) {
        if (!s.inFlow(FLOW) || !String.valueOf(n.getId()).equals(s.draft().get("id"))) {
            s.startFlow(FLOW, STEP_KIND, Map.of("id", String.valueOf(n.getId())));
        }
    }

    /** Asks for the first thing the draft still lacks, or shows the summary when nothing is missing. */
    private void advance(ChatSession s, Nomination n) {
        if (n.getNomineeKind() == null) {
            askKind(s, n, false);
        } else if (!n.nomineeChosen()) {
            askNominee(s, n);
        } else if (n.getCategory() == null) {
            askCategory(s, n);
        } else if (n.getAchievement() == null) {
            askAchievement(s);
        } else {
            showSummary(s, n);
        }
    }

    // --- who ---------------------------------------------------------------------------------------

    private void askKind(ChatSession s, Nomination n, boolean intro) {
        s.moveTo(STEP_KIND);
        Reply r = intro
                ? s.message("nomination.start", cards.quarter(s.locale(), service.currentQuarter()),
                        cards.deadline(s.locale(), service.nextDeadline().orElse(null)))
                : s.message("nomination.ask-kind");
        for (NomineeKind k : NomineeKind.values()) {
            r.buttonKey(k.messageKey(), ACTION, "kind|" + n.getId() + "|" + k.name());
        }
        r.send();
    }

    private void chooseKind(ChatSession s, Nomination n, NomineeKind kind) {
        n.chooseKind(kind, service.now());
        service.save(n);
        askNominee(s, n);
    }

    private void askNominee(ChatSession s, Nomination n) {
        switch (n.getNomineeKind()) {
            case STAFF -> {
                s.moveTo(STEP_SEARCH);
                s.reply("nomination.ask-colleague");
            }
            case EXTERNAL -> {
                s.moveTo(STEP_NAME);
                s.reply("nomination.ask-external", String.valueOf(NominationRules.NAME_MAX));
            }
            case COLLECTIVE -> {
                s.moveTo(STEP_NAME);
                Reply r = s.message("nomination.ask-collective", String.valueOf(NominationRules.NAME_MAX));
                for (String team : staff.teamNames()) {
                    r.button(team, ACTION, "team|" + n.getId() + "|" + team).row();
                }
                r.send();
            }
        }
    }

    /** Up to eight colleagues whose names contain the words typed, accents optional; never oneself. */
    private void search(ChatSession s, Nomination n, String typed) {
        if (Names.fold(typed).isBlank()) {
            s.reply("nomination.ask-colleague");
            return;
        }
        long me = s.requireUser().staffId();
        List<StaffView> found = Names.search(staff.activeStaff(), StaffView::fullName, typed);
        boolean onlyMe = !found.isEmpty() && found.stream().allMatch(v -> v.staffId() == me);
        found = found.stream().filter(v -> v.staffId() != me).toList();
        if (onlyMe) {
            s.reply("nomination.self");
        } else if (found.isEmpty()) {
            // Perhaps the nominee is not on the staff list: offer the other kinds of nominee.
            Reply r = s.message("nomination.colleague.none", typed);
            r.buttonKey(NomineeKind.EXTERNAL.messageKey(), ACTION, "kind|" + n.getId() + "|" + NomineeKind.EXTERNAL.name());
            r.buttonKey(NomineeKind.COLLECTIVE.messageKey(), ACTION, "kind|" + n.getId() + "|" + NomineeKind.COLLECTIVE.name());
            r.send();
        } else if (found.size() > MAX_MATCHES) {
            s.reply("nomination.colleague.too-many", String.valueOf(found.size()), typed);
        } else {
            Reply r = s.message("nomination.colleague.choose", String.valueOf(found.size()));
            for (StaffView v : found) {
                String label = v.teamName() == null ? v.fullName() : v.fullName() + " — " + v.teamName();
                r.button(label, ACTION, "pick|" + n.getId() + "|" + v.staffId()).row();
            }
            r.send();
        }
    }

    private void pickColleague(ChatSession s, Nomination n, long staffId) {
        Person me = s.requireUser();
        Optional<StaffView> picked = staff.byId(staffId).filter(StaffView::active);
        if (picked.isEmpty()) {
            s.reply("nomination.colleague.gone");
            return;
        }
        if (NominationRules.isSelf(me.staffId(), me.fullName(), NomineeKind.STAFF, staffId, picked.get().fullName())) {
            s.reply("nomination.self");
            return;
        }
        setNominee(s, n, NomineeKind.STAFF, staffId, picked.get().fullName());
    }

    private void nameTyped(ChatSession s, Nomination n, NomineeKind kind, String typed) {
        if (kind == NomineeKind.STAFF) {
            search(s, n, typed);
            return;
        }
        Person me = s.requireUser();
        String name = NominationRules.clean(typed).replaceAll("\\s+", " ");
        Optional<NominationRules.Refusal> refusal = NominationRules.checkName(name);
        if (refusal.isPresent()) {
            s.reply(refusal.get().key(), refusal.get().argArray());
            return;
        }
        if (NominationRules.isSelf(me.staffId(), me.fullName(), kind, null, name)) {
            s.reply("nomination.self");
            return;
        }
        setNominee(s, n, kind, null, name);
    }

    private void setNominee(ChatSession s, Nomination n, NomineeKind kind, Long staffId, String name) {
        String key = NominationRules.nomineeKey(kind, staffId, name);
        Quarter quarter = service.currentQuarter();
        Optional<Nomination> earlier = service.earlier(s.requireUser().staffId(), key, quarter);
        if (earlier.isPresent()) {
            refuseDuplicate(s, earlier.get(), name, quarter);
            return;
        }
        n.nominee(kind, staffId, name, key, service.now());
        service.save(n);
        advance(s, n);
    }

    private void refuseDuplicate(ChatSession s, Nomination earlier, String name, Quarter quarter) {
        s.reply("nomination.duplicate", name, cards.date(earlier.getSubmittedAt()), cards.quarter(s.locale(), quarter));
    }

    // --- what --------------------------------------------------------------------------------------

    private void askCategory(ChatSession s, Nomination n) {
        s.moveTo(STEP_CATEGORY);
        Reply r = s.message("nomination.ask-category", cards.nominee(s.locale(), n));
        for (NominationCategory c : NominationCategory.values()) {
            r.buttonKey(c.messageKey(), ACTION, "category|" + n.getId() + "|" + c.name()).row();
        }
        r.send();
    }

    private void askAchievement(ChatSession s) {
        s.moveTo(STEP_ACHIEVEMENT);
        s.reply("nomination.ask-achievement", String.valueOf(NominationRules.ACHIEVEMENT_MIN),
                String.valueOf(NominationRules.ACHIEVEMENT_MAX));
    }

    private void achievementTyped(ChatSession s, Nomination n, String text) {
        Optional<NominationRules.Refusal> refusal = NominationRules.checkAchievement(text);
        if (refusal.isPresent()) {
            s.reply(refusal.get().key(), refusal.get().argArray());
            return;
        }
        boolean first = n.getAchievement() == null;
        n.achievement(text, service.now());
        service.save(n);
        if (first) {
            askEvidence(s, n);
        } else {
            showSummary(s, n);
        }
    }

    // --- evidence ----------------------------------------------------------------------------------

    private void askEvidence(ChatSession s, Nomination n) {
        s.moveTo(STEP_EVIDENCE);
        int count = service.evidenceCount(n.getId());
        Reply r = s.message("nomination.ask-evidence", String.valueOf(NominationRules.EVIDENCE_MAX_BYTES / (1024 * 1024)),
                String.valueOf(NominationRules.EVIDENCE_MAX_FILES));
        r.buttonKey(count == 0 ? "nomination.evidence.skip-button" : "nomination.evidence.done-button", ACTION, "done|" + n.getId());
        r.send();
    }

    private void receiveEvidence(ChatSession s, Nomination n) {
        Incoming in = s.incoming();
        Incoming.Attachment file = in.attachment();
        int count = service.evidenceCount(n.getId());
        if (file == null) {
            s.reply("nomination.evidence.wrong-type", "?");
            return;
        }
        if (count >= NominationRules.EVIDENCE_MAX_FILES) {
            s.message("nomination.evidence.full", String.valueOf(NominationRules.EVIDENCE_MAX_FILES))
                    .buttonKey("nomination.evidence.done-button", ACTION, "done|" + n.getId()).send();
            return;
        }
        boolean photo = in.kind() == Incoming.Kind.PHOTO;
        Optional<String> name = NominationRules.evidenceName(photo, file.fileName(), file.mimeType(), count + 1);
        if (name.isEmpty()) {
            s.reply("nomination.evidence.wrong-type", file.fileName() == null ? "?" : file.fileName());
            return;
        }
        if (file.size() > NominationRules.EVIDENCE_MAX_BYTES) {
            s.reply("nomination.evidence.too-large", name.get(), String.valueOf(NominationRules.EVIDENCE_MAX_BYTES / (1024 * 1024)));
            return;
        }
        service.addEvidence(n, file.fileId(), name.get(), file.mimeType(), file.size(), photo);
        s.message("nomination.evidence.received", name.get(), String.valueOf(count + 1))
                .buttonKey("nomination.evidence.done-button", ACTION, "done|" + n.getId()).send();
    }

    // --- summary and sending -----------------------------------------------------------------------

    private void showSummary(ChatSession s, Nomination n) {
        if (!n.complete()) {
            advance(s, n);
            return;
        }
        s.moveTo(STEP_SUMMARY);
        s.literal(cards.summary(s.locale(), n))
                .buttonKey("nomination.send-button", ACTION, "send|" + n.getId())
                .buttonKey("nomination.add-evidence-button", ACTION, "evidence|" + n.getId())
                .row()
                .buttonKey("nomination.discard-button", ACTION, "discard|" + n.getId())
                .send();
    }

    private void submit(ChatSession s, Nomination n) {
        Person me = s.requireUser();
        if (!n.complete()) {
            advance(s, n);
            return;
        }
        // The rules once more: the draft may be days old and the quarter may have turned since.
        if (NominationRules.isSelf(me.staffId(), me.fullName(), n.getNomineeKind(), n.getNomineeStaffId(), n.getNomineeName())) {
            s.reply("nomination.self");
            return;
        }
        Optional<NominationRules.Refusal> tooLong = NominationRules.checkAchievement(n.getAchievement());
        if (tooLong.isPresent()) {
            s.reply(tooLong.get().key(), tooLong.get().argArray());
            askAchievement(s);
            return;
        }
        Quarter quarter = service.currentQuarter();
        Optional<Nomination> earlier = service.earlier(me.staffId(), n.getNomineeKey(), quarter);
        if (earlier.isPresent()) {
            refuseDuplicate(s, earlier.get(), n.getNomineeName(), quarter);
            return;
        }
        NominationService.Routed routed = service.submit(n, me);
        s.endFlow();
        String nominee = cards.nominee(s.locale(), n);
        String deadline = cards.deadline(s.locale(), n.getDeadline());
        if (routed.toCouncil()) {
            s.reply("nomination.sent.council", nominee, deadline);
        } else {
            String leaders = String.join(", ", routed.teamLeaders().stream().map(StaffView::fullName).toList());
            s.reply("nomination.sent.team", nominee, leaders, deadline);
            for (StaffView leader : routed.teamLeaders()) {
                leader.chatUser().ifPresent(u -> cards.pushCard(u, routed.nomination(), ReviewStage.TEAM));
            }
        }
        s.toast("nomination.sent-toast");
    }
}
