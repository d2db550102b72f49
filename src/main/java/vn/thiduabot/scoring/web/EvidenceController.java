package vn.thiduabot.scoring.web;

import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thiduabot.campaign.ScoreSheet;
import vn.thiduabot.campaign.ScoreSheet.Criterion;
import vn.thiduabot.chat.FileUploader;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.people.Person;
import vn.thiduabot.scoring.Actor;
import vn.thiduabot.scoring.AssessmentService;
import vn.thiduabot.scoring.EvidenceRules;
import vn.thiduabot.scoring.Snapshot;
import vn.thiduabot.web.MiniAppEnabled;
import vn.thiduabot.web.WebRefusal;

/**
 * Evidence from the Mini App: the file is checked by the chat's rules ({@link EvidenceRules}: type, 20 MB; at most
 * {@link AssessmentService#MAX_FILES_PER_ITEM} per line; not for a penalty) BEFORE it goes anywhere, then sent to the
 * teacher's OWN chat ({@link FileUploader}) and stored by Telegram's file id, exactly as if the teacher had sent it in
 * /tucham; the bot keeps no copy.
 *
 * <p>Memory: a request body is never held whole in memory. application.yml sets {@code spring.servlet.multipart}:
 * parts are streamed to a temporary file (file-size-threshold 0), parsing stops with 413 past max-file-size (21 MB, just
 * above the rule's 20 MB) or max-request-size, and resolve-lazily parses only after the initData check, so a stranger
 * cannot make the server write anything. Only a file that passed the rules (at most 20 MB) is read into memory, once, to
 * send it on.
 */
@RestController
@Conditional(MiniAppEnabled.class)
@RequestMapping("/api/app/assessment/items/{code}/evidence")
class EvidenceController {

    private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);

    private final AssessmentService service;
    private final OwnSheets sheets;
    private final ObjectProvider<FileUploader> uploader;
    private final Texts texts;

    EvidenceController(AssessmentService service, OwnSheets sheets, ObjectProvider<FileUploader> uploader, Texts texts) {
        this.service = service;
        this.sheets = sheets;
        this.uploader = uploader;
        this.texts = texts;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OwnSheets.OwnSheetJson add(Person viewer, @PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file) {
        Locale locale = OwnSheets.locale(viewer);
        Snapshot snap = sheets.open(viewer);
        Criterion item = OwnSheets.item(snap, code);
        if (item.kind() == ScoreSheet.Kind.PENALTY) {
            throw new WebRefusal(422, "scoring.evidence.not-for-penalty");
        }
        // an empty part is no file (Telegram refuses empty files too); the id is given once the file is sent
        EvidenceRules.Check check = EvidenceRules.check(file == null || file.isEmpty() ? null
                : new EvidenceRules.Upload(false, "", file.getOriginalFilename(), file.getContentType(), file.getSize()), locale);
        if (!check.ok()) {
            throw new WebRefusal("scoring.evidence.too-large".equals(check.refusalKey()) ? 413 : 422, check.refusalKey(), check.args());
        }
        Actor me = Actor.of(viewer);
        service.requireRoomForEvidence(me, snap.id(), item.code());
        String fileId = send(viewer, item, check.fileName() == null ? item.code() : check.fileName(), file, locale);
        service.addEvidence(me, snap.id(), item.code(), fileId, check.fileName(), file.getContentType(), file.getSize(), check.kind());
        return sheets.json(sheets.reload(snap), viewer);
    }

    /** The chat's "clear": every file of the line goes. */
    @DeleteMapping
    OwnSheets.OwnSheetJson clear(Person viewer, @PathVariable String code) {
        Snapshot snap = sheets.open(viewer);
        Criterion item = OwnSheets.item(snap, code);
        service.clearEvidence(Actor.of(viewer), snap.id(), item.code());
        return sheets.json(sheets.reload(snap), viewer);
    }

    private String send(Person viewer, Criterion item, String name, MultipartFile file, Locale locale) {
        FileUploader up = uploader.getIfAvailable();
        Long chat = viewer.chatId() != null ? viewer.chatId() : viewer.telegramUserId();
        if (up == null || chat == null) {
            throw new WebRefusal(502, "web.assessment.upload-failed");
        }
        try {
            return up.upload(chat, name, file.getContentType(), file.getBytes(), false,
                    texts.get(locale, "web.assessment.caption", item.code(), Texts.shorten(item.name(), 200)));
        } catch (IOException e) {
            // Telegram's trouble, not the teacher's: one line, no stack trace; the page asks to try again
            log.warn("Evidence of staff #{} for {} could not be sent to Telegram: {}", viewer.staffId(), item.code(), e.getMessage());
            throw new WebRefusal(502, "web.assessment.upload-failed");
        }
    }
}
