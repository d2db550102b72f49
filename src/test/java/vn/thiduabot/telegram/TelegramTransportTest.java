package vn.thiduabot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import vn.thiduabot.chat.Command;
import vn.thiduabot.chat.CommandCatalog;
import vn.thiduabot.chat.Incoming;
import vn.thiduabot.chat.MiniAppLinks;
import vn.thiduabot.people.Role;
import vn.thiduabot.chat.Texts;
import vn.thiduabot.chat.UpdateIntake;
import vn.thiduabot.notification.OutgoingMessage;
import vn.thiduabot.notification.SendResult;

/**
 * The transport's pieces wired as in {@link TelegramTransportConfig}, with the real TelegramBots client
 * and the fake Bot API, but without Spring: the dialogs are replaced by a recording UpdateIntake.
 */
class TelegramTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private FakeBotApi fake;
    private TelegramTransportConfig config;
    private TelegramSettings settings;
    private TelegramHttpClients clients;
    private OkHttpTelegramClient client;
    private TelegramPolling polling;
    private PollingThread thread;
    private final List<Incoming> received = new CopyOnWriteArrayList<>();
    private UpdateIntake intake;
    private CommandCatalog catalog;
    private Texts texts;
    private PollingMonitor monitor;
    private UnreadableUpdateFilter unreadable;

    @BeforeEach
    void wire() {
        fake = FakeBotApi.start();
        config = new TelegramTransportConfig();
        settings = config.telegramSettings(fake.token(), fake.baseUrl(), 1);
        PollingMonitor monitor = config.telegramPollingMonitor(java.time.Clock.systemUTC());
        UnreadableUpdateFilter unreadable = config.telegramUnreadableUpdateFilter();
        clients = config.telegramHttpClients(settings, monitor, unreadable);
        client = config.telegramClient(settings, clients);
        intake = mock(UpdateIntake.class);
        when(intake.process(any())).thenAnswer(inv -> {
            Incoming in = inv.getArgument(0);
            received.add(in);
            if ("boom".equals(in.text()) || (in.callback() != null && "boom".equals(in.callback().data()))) {
                throw new IllegalStateException("a dialog bug");
            }
            if ("busy".equals(in.text()) && received.stream().filter(r -> r.updateId() == in.updateId()).count() <= 2) {
                return new UpdateIntake.Outcome(false, null, false, false); // the database stayed busy: nothing saved
            }
            return new UpdateIntake.Outcome(false, in.kind() == Incoming.Kind.CALLBACK ? "Đã ghi nhận" : null);
        });
        CommandCatalog catalog = mock(CommandCatalog.class);
        when(catalog.all()).thenReturn(List.of(command(List.of("trogiup", "help"), Set.of()),
                command(List.of("nhapds", "import"), Set.of(Role.SECRETARY))));
        texts = mock(Texts.class);
        when(texts.get(any(), any())).thenAnswer(inv -> inv.getArgument(0).toString() + ":" + inv.getArgument(1));
        this.catalog = catalog;
        this.monitor = monitor;
        this.unreadable = unreadable;
        polling = polling(new MiniAppLinks(""));
    }

    /** The poller as the configuration builds it, with this Mini App address (blank: none). */
    private TelegramPolling polling(MiniAppLinks miniApp) {
        thread = config.telegramPollingThread();
        TelegramBotsLongPollingApplication application = config.telegramBotsApplication(clients, thread, monitor);
        return config.telegramPolling(settings, application, config.telegramUpdateConsumer(intake, client, TelegramUpdateConsumer.DEFAULT_GROUP_SIZE), monitor, clients,
                thread, config.telegramCommandMenu(client, catalog, texts, miniApp), unreadable);
    }

    @AfterEach
    void close() {
        if (polling.isRunning()) {
            polling.stop();
        }
        clients.close();
        fake.close();
    }

    @Test
    void every_kind_of_update_reaches_the_intake_in_order_and_button_presses_are_always_answered() {
        polling.onReady();
        FakeUser hoa = new FakeUser(4242L, "Hoa", "Lò", "lohoa", "vi");

        int text = fake.userSends(hoa, "/trogiup");
        int contact = fake.userSharesContact(hoa, "84912000002", hoa.id());
        int doc = fake.userSendsDocument(hoa, "danh-sach.xlsx", "application/vnd.ms-excel", new byte[300], "/nhapds");
        int photo = fake.userSendsPhoto(hoa, new byte[5000], "minh chứng");
        int sticker = fake.userSendsSticker(hoa);
        fake.userEditsMessage(hoa, "ignored");
        fake.userBlocksBot(hoa);
        int group = fake.sendInGroup(hoa, -1001L, "/trogiup");
        String press = fake.userPressesRaw(hoa, "tok123");
        String failing = fake.userPressesRaw(hoa, "boom");
        int after = fake.userSends(hoa, "still there?");

        Await.until(TIMEOUT, () -> "all updates; got " + received, () -> received.size() == 9);
        assertThat(received).extracting(Incoming::kind).containsExactly(Incoming.Kind.TEXT, Incoming.Kind.CONTACT,
                Incoming.Kind.DOCUMENT, Incoming.Kind.PHOTO, Incoming.Kind.OTHER, Incoming.Kind.TEXT,
                Incoming.Kind.CALLBACK, Incoming.Kind.CALLBACK, Incoming.Kind.TEXT);
        Incoming t = received.get(0);
        assertThat(t.updateId()).isEqualTo(text);
        assertThat(t.chatId()).isEqualTo(4242L);
        assertThat(t.userId()).isEqualTo(4242L);
        assertThat(t.privateChat()).isTrue();
        assertThat(t.username()).isEqualTo("lohoa");
        assertThat(t.displayName()).isEqualTo("Hoa Lò");
        assertThat(t.text()).isEqualTo("/trogiup");

        Incoming c = received.get(1);
        assertThat(c.updateId()).isEqualTo(contact);
        assertThat(c.contact()).isEqualTo(new Incoming.Contact("84912000002", 4242L, "Hoa", "Lò"));

        Incoming d = received.get(2);
        assertThat(d.updateId()).isEqualTo(doc);
        assertThat(d.attachment().fileName()).isEqualTo("danh-sach.xlsx");
        assertThat(d.attachment().mimeType()).isEqualTo("application/vnd.ms-excel");
        assertThat(d.attachment().size()).isEqualTo(300);
        assertThat(d.text()).isEqualTo("/nhapds");

        Incoming p = received.get(3);
        assertThat(p.updateId()).isEqualTo(photo);
        assertThat(p.attachment().size()).as("the largest size").isEqualTo(5000);
        assertThat(p.text()).isEqualTo("minh chứng");

        assertThat(received.get(4).updateId()).isEqualTo(sticker);
        Incoming g = received.get(5);
        assertThat(g.updateId()).isEqualTo(group);
        assertThat(g.privateChat()).isFalse();
        assertThat(g.chatId()).isEqualTo(-1001L);

        Incoming cb = received.get(6);
        assertThat(cb.callback().id()).isEqualTo(press);
        assertThat(cb.callback().data()).isEqualTo("tok123");
        assertThat(cb.callback().messageId()).isNotNull();
        assertThat(cb.chatId()).isEqualTo(4242L);
        assertThat(cb.privateChat()).isTrue();
        assertThat(fake.awaitCallbackAnswer(press, TIMEOUT).text()).isEqualTo("Đã ghi nhận");
        assertThat(fake.awaitCallbackAnswer(failing, TIMEOUT).text()).as("answered although the intake failed").isNull();

        assertThat(received.get(8).updateId()).isEqualTo(after);
        fake.awaitConfirmed(after, TIMEOUT);
    }

    @Test
    void an_update_the_intake_could_not_save_is_not_confirmed_and_comes_again_before_the_ones_after_it() {
        polling.onReady();
        FakeUser hoa = new FakeUser(4243L, "Hoa", "Lò", "lohoa", "vi");

        int busy = fake.userSends(hoa, "busy");
        int after = fake.userSends(hoa, "/trogiup");

        fake.awaitConfirmed(after, TIMEOUT);
        assertThat(received).extracting(Incoming::updateId).as("tried until saved, and only then the next one")
                .containsExactly((long) busy, (long) busy, (long) busy, (long) after);
    }

    @Test
    void an_update_the_library_cannot_read_is_dropped_instead_of_stalling_polling() {
        polling.onReady();
        FakeUser hoa = new FakeUser(4343L, "Hoa", null, null, "vi");
        ObjectNode broken = JsonNodeFactory.instance.objectNode();
        broken.put("message_id", 1).put("date", "yesterday");  // date must be a number
        broken.putObject("chat").put("id", 4343L).put("type", "private");
        broken.putObject("from").put("id", 4343L).put("is_bot", false).put("first_name", "Hoa");
        broken.put("text", "lost");
        fake.deliverRaw("message", broken);
        int good = fake.userSends(hoa, "/trogiup");

        Await.until(TIMEOUT, () -> "the readable update; got " + received, () -> !received.isEmpty());
        assertThat(received).extracting(Incoming::updateId).containsExactly((long) good);
        fake.awaitConfirmed(good, TIMEOUT);
    }

    @Test
    void the_command_menu_lists_only_commands_for_everyone() {
        polling.onReady();
        FakeBotApi.CommandMenu vi = fake.awaitCommandMenu("", TIMEOUT);
        FakeBotApi.CommandMenu en = fake.awaitCommandMenu("en", TIMEOUT);
        assertThat(vi.commands()).containsExactly(new FakeBotApi.MenuCommand("trogiup", "vi:command.trogiup"));
        assertThat(en.commands()).containsExactly(new FakeBotApi.MenuCommand("help", "en:command.trogiup"));
    }

    @Test
    void with_a_mini_app_address_the_chat_menu_button_opens_its_home_screen_from_start_up() {
        polling = polling(new MiniAppLinks("https://thidua.example.edu.vn/"));
        polling.onReady();

        FakeBotApi.MenuButtonSet button = fake.awaitDefaultMenuButton(TIMEOUT);
        assertThat(button.type()).isEqualTo("web_app");
        assertThat(button.text()).isEqualTo("vi:miniapp.menu");
        assertThat(button.webAppUrl()).isEqualTo("https://thidua.example.edu.vn/app/?screen=home");
        assertThat(fake.awaitCommandMenu("", TIMEOUT).names()).containsExactly("trogiup");
    }

    @Test
    void without_a_mini_app_address_the_menu_button_is_left_alone() {
        polling.onReady();
        fake.awaitCommandMenu("en", TIMEOUT);
        int update = fake.userSends(new FakeUser(4243L, "Lan", "Lò", null, "vi"), "/trogiup");
        fake.awaitConfirmed(update, TIMEOUT); // start-up is long over

        assertThat(fake.menuButtons()).isEmpty();
        assertThat(fake.attempts("setChatMenuButton")).isEmpty();
    }

    @Test
    void a_menu_button_telegram_refuses_is_logged_once_and_the_bot_goes_on() {
        fake.answerNext("setChatMenuButton", null, 1, 400, "Bad Request: menu button Web App URL is invalid", null);
        try (vn.thiduabot.e2e.LogCapture log = vn.thiduabot.e2e.LogCapture.of(TelegramCommandMenu.class.getName())) {
            polling = polling(new MiniAppLinks("https://thidua.example.edu.vn"));
            polling.onReady();
            int update = fake.userSends(new FakeUser(4244L, "Mai", "Lò", null, "vi"), "/trogiup");
            fake.awaitConfirmed(update, TIMEOUT);

            assertThat(received).extracting(Incoming::updateId).contains((long) update);
            assertThat(log.messages(ch.qos.logback.classic.Level.WARN)).singleElement().asString()
                    .contains("Could not set the chat's menu button").contains("menu button Web App URL is invalid");
        }
    }

    @Test
    void stopping_ends_the_long_poll_and_the_polling_thread_at_once() {
        polling.onReady();
        fake.awaitPolling(TIMEOUT);
        long start = System.nanoTime();
        polling.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        int calls = fake.getUpdatesCalls();
        Await.sleep(1500);
        assertThat(fake.getUpdatesCalls()).isEqualTo(calls);
        assertThat(thread.isStopped()).isTrue();
    }

    @Test
    void the_gateway_sends_text_with_inline_buttons_or_a_contact_keyboard_or_a_keyboard_removal() {
        TelegramGateway gateway = config.telegramGateway(client);
        OutgoingMessage buttons = new OutgoingMessage(77L, "Chọn ngôn ngữ:", List.of(List.of(
                new OutgoingMessage.InlineButton("Tiếng Việt", "aaa"), new OutgoingMessage.InlineButton("English", "bbb"))),
                OutgoingMessage.ReplyKeyboard.removeKeyboard());
        SendResult first = gateway.send(buttons);
        assertThat(gateway.send(new OutgoingMessage(77L, "Chia sẻ số?", List.of(),
                OutgoingMessage.ReplyKeyboard.requestContact("Chia sẻ số điện thoại")))).isInstanceOf(SendResult.Delivered.class);
        assertThat(gateway.send(new OutgoingMessage(77L, "Xong.", List.of(), OutgoingMessage.ReplyKeyboard.removeKeyboard())))
                .isInstanceOf(SendResult.Delivered.class);

        List<FakeBotApi.RecordedMessage> sent = fake.messagesTo(77L);
        assertThat(sent).hasSize(3);
        assertThat(first).isEqualTo(new SendResult.Delivered((long) sent.get(0).messageId()));
        assertThat(sent.get(0).text()).isEqualTo("Chọn ngôn ngữ:");
        assertThat(sent.get(0).buttons()).containsExactly(new FakeBotApi.Button("Tiếng Việt", "aaa"), new FakeBotApi.Button("English", "bbb"));
        assertThat(sent.get(1).contactButtonLabel()).isEqualTo("Chia sẻ số điện thoại");
        assertThat(sent.get(1).replyMarkup().path("one_time_keyboard").asBoolean()).isTrue();
        assertThat(sent.get(1).replyMarkup().path("resize_keyboard").asBoolean()).isTrue();
        assertThat(sent.get(2).removesKeyboard()).isTrue();
    }

    @Test
    void a_web_app_button_reaches_telegram_with_its_address_and_the_callback_buttons_are_unchanged() {
        TelegramGateway gateway = config.telegramGateway(client);
        String url = "https://thidua.example.edu.vn/app/?screen=review&id=42";
        OutgoingMessage card = new OutgoingMessage(78L, "Phiếu của Lò Thị Hoa", List.of(
                List.of(new OutgoingMessage.InlineButton("Duyệt", "t1"), new OutgoingMessage.InlineButton("Trả lại", "t2")),
                List.of(OutgoingMessage.InlineButton.webApp("📝 Mở phiếu", url))), null);

        assertThat(gateway.send(card)).isInstanceOf(SendResult.Delivered.class);

        FakeBotApi.RecordedMessage sent = fake.messagesTo(78L).get(0);
        assertThat(sent.inlineKeyboard()).containsExactly(
                List.of(new FakeBotApi.Button("Duyệt", "t1"), new FakeBotApi.Button("Trả lại", "t2")),
                List.of(new FakeBotApi.Button("📝 Mở phiếu", null, url)));
        assertThat(sent.replyMarkup().path("inline_keyboard").get(1).get(0).has("callback_data")).isFalse();
    }

    @Test
    void a_web_app_button_over_plain_http_is_refused_as_telegram_does() {
        TelegramGateway gateway = config.telegramGateway(client);
        OutgoingMessage card = new OutgoingMessage(79L, "Phiếu", List.of(List.of(
                OutgoingMessage.InlineButton.webApp("📝 Mở phiếu", "http://thidua.example.edu.vn/app/?screen=home"))), null);

        assertThat(gateway.send(card)).isInstanceOf(SendResult.Permanent.class);
    }

    @Test
    void the_gateway_tells_throttling_temporary_and_permanent_failures_apart() {
        TelegramGateway gateway = config.telegramGateway(client);
        OutgoingMessage hello = OutgoingMessage.text(88L, "Xin chào");

        fake.answerNextSendMessagesWith429(88L, 1, 7);
        assertThat(gateway.send(hello)).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(7)));
        fake.answerNextSendMessagesWith502(88L, 1);
        assertThat(gateway.send(hello)).isInstanceOf(SendResult.Transient.class);
        fake.answerNext("sendMessage", 88L, 1, 500, "Internal Server Error", null);
        assertThat(gateway.send(hello)).isInstanceOf(SendResult.Transient.class);
        fake.answerNext("sendMessage", 88L, 1, 403, "Forbidden: bot was blocked by the user", null);
        assertThat(gateway.send(hello)).isInstanceOfSatisfying(SendResult.Permanent.class,
                p -> assertThat(p.error()).contains("403").contains("blocked"));
        assertThat(gateway.send(hello)).isInstanceOf(SendResult.Delivered.class);

        fake.close();
        assertThat(gateway.send(hello)).as("connection refused").isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void the_gateway_edits_a_delivered_message_in_place() {
        TelegramGateway gateway = config.telegramGateway(client);
        List<List<OutgoingMessage.InlineButton>> approve = List.of(List.of(new OutgoingMessage.InlineButton("Duyệt", "t1")));
        SendResult.Delivered card = (SendResult.Delivered) gateway.send(new OutgoingMessage(55L, "Đề nghị của cô Hoa", approve, null));

        SendResult edited = gateway.send(new OutgoingMessage(55L, "Đề nghị của cô Hoa — đã duyệt", List.of(), null, "k", card.messageId(), null));

        assertThat(edited).isEqualTo(card);
        FakeBotApi.RecordedMessage now = fake.currentMessage(card.messageId().intValue());
        assertThat(now.text()).isEqualTo("Đề nghị của cô Hoa — đã duyệt");
        assertThat(now.buttons()).isEmpty();
        assertThat(fake.messagesTo(55L)).hasSize(1);
        // the same edit again: Telegram says "not modified", which is success
        assertThat(gateway.send(new OutgoingMessage(55L, "Đề nghị của cô Hoa — đã duyệt", List.of(), null, "k", card.messageId(), null)))
                .isEqualTo(card);
        // a message that cannot be edited any more: the change goes out as a new message
        SendResult fallback = gateway.send(new OutgoingMessage(55L, "Kết quả mới", List.of(), null, "k", 987_654L, null));
        assertThat(fallback).isInstanceOf(SendResult.Delivered.class).isNotEqualTo(card);
        assertThat(fake.messagesTo(55L)).extracting(FakeBotApi.RecordedMessage::text).containsExactly("Đề nghị của cô Hoa", "Kết quả mới");
    }

    @Test
    void the_gateway_sends_files_made_by_the_bot_and_files_telegram_already_has() {
        TelegramGateway gateway = config.telegramGateway(client);
        byte[] xlsx = {0x50, 0x4b, 3, 4, 1, 2, 3};
        OutgoingMessage report = new OutgoingMessage(66L, "Tổng hợp thi đua 2025–2026", List.of(List.of(new OutgoingMessage.InlineButton("OK", "t2"))),
                null, null, null, new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.DOCUMENT, null, "tổng-hợp 2025–2026.xlsx",
                java.util.Base64.getEncoder().encodeToString(xlsx)));
        assertThat(gateway.send(report)).isInstanceOf(SendResult.Delivered.class);
        FakeBotApi.SentDocument doc = fake.awaitDocumentTo(66L, d -> true, TIMEOUT);
        assertThat(doc.kind()).isEqualTo("document");
        assertThat(doc.fileName()).isEqualTo("tổng-hợp 2025–2026.xlsx");
        assertThat(doc.bytes()).isEqualTo(xlsx);
        assertThat(doc.caption()).isEqualTo("Tổng hợp thi đua 2025–2026");
        assertThat(doc.buttons()).containsExactly(new FakeBotApi.Button("OK", "t2"));

        String evidence = fake.registerFile("anh.jpg", new byte[] {1, 2, 3});
        OutgoingMessage photo = new OutgoingMessage(66L, "Minh chứng của thầy Sơn", List.of(), null, null, null,
                new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.PHOTO, evidence, null, null));
        assertThat(gateway.send(photo)).isInstanceOf(SendResult.Delivered.class);
        Await.until(TIMEOUT, "the photo", () -> fake.documentsTo(66L).size() == 2);
        FakeBotApi.SentDocument sentPhoto = fake.documentsTo(66L).get(1);
        assertThat(sentPhoto.kind()).isEqualTo("photo");
        assertThat(sentPhoto.fileId()).isEqualTo(evidence);
        assertThat(sentPhoto.caption()).isEqualTo("Minh chứng của thầy Sơn");

        OutgoingMessage longCaption = new OutgoingMessage(66L, "x".repeat(3000), List.of(), null, null, null,
                new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.PHOTO, evidence, null, null));
        assertThat(gateway.send(longCaption)).as("caption continued in a message").isInstanceOf(SendResult.Delivered.class);
    }

    // --- texts over Telegram's 4,096 characters --------------------------------------------------------------

    /** A secretary's digest of about 10,000 characters: one line per teacher. */
    private static String digest() {
        StringBuilder b = new StringBuilder("Tổng hợp tự đánh giá tuần này — trường PTDTBT THCS Pù Lầy\n");
        for (int i = 1; b.length() < 10_000; i++) {
            b.append(String.format("%d. Cô Lò Thị Hoa %03d — Tổ Toán - Tin: đã nộp phiếu tự chấm, chờ tổ trưởng xem xét%n", i, i));
        }
        return b.toString().strip();
    }

    @Test
    void a_10000_character_digest_arrives_as_3_messages_in_order_with_the_buttons_on_the_last() {
        TelegramGateway gateway = config.telegramGateway(client);
        String digest = digest();
        assertThat(digest.length()).isBetween(10_000, 10_200);
        List<List<OutgoingMessage.InlineButton>> open = List.of(List.of(new OutgoingMessage.InlineButton("Xem chi tiết", "t9")));

        SendResult result = gateway.send(new OutgoingMessage(44L, digest, open, null));

        List<FakeBotApi.RecordedMessage> sent = fake.messagesTo(44L);
        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n", sent.stream().map(FakeBotApi.RecordedMessage::text).toList())).isEqualTo(digest);
        assertThat(sent.get(0).text()).startsWith("Tổng hợp tự đánh giá");
        assertThat(sent.get(1).text()).as("each part starts on a whole line").matches("(?s)\\d+\\. Cô Lò Thị Hoa .*");
        assertThat(sent.get(0).hasInlineKeyboard()).isFalse();
        assertThat(sent.get(1).hasInlineKeyboard()).isFalse();
        assertThat(sent.get(2).buttons()).containsExactly(new FakeBotApi.Button("Xem chi tiết", "t9"));
        assertThat(result).as("a later edit lands on the part with the buttons")
                .isEqualTo(new SendResult.Delivered((long) sent.get(2).messageId()));
    }

    @Test
    void a_long_text_without_line_breaks_is_never_cut_inside_an_emoji() {
        TelegramGateway gateway = config.telegramGateway(client);
        String text = "x" + "🏅".repeat(3000); // 6,001 UTF-16 code units, which is what Telegram counts
        assertThat(gateway.send(OutgoingMessage.text(45L, text))).isInstanceOf(SendResult.Delivered.class);
        List<FakeBotApi.RecordedMessage> sent = fake.messagesTo(45L);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).text()).as("the emoji astride unit 4,096 goes whole to the next part").hasSize(4095);
        assertThat(sent.get(0).text() + sent.get(1).text()).isEqualTo(text);
    }

    @Test
    void a_long_caption_continues_after_the_file_and_a_retry_does_not_send_the_file_twice() {
        TelegramGateway gateway = config.telegramGateway(client);
        String evidence = fake.registerFile("anh.jpg", new byte[] {1, 2, 3});
        String text = digest().substring(0, 3000);
        OutgoingMessage photo = new OutgoingMessage(46L, text, List.of(List.of(new OutgoingMessage.InlineButton("Duyệt", "t3"))),
                null, null, null, new OutgoingMessage.FileRef(OutgoingMessage.FileRef.Kind.PHOTO, evidence, null, null));
        fake.answerNext("sendMessage", 46L, 1, 429, "Too Many Requests: retry after 2", 2);

        assertThat(gateway.send(photo)).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(2)));
        assertThat(gateway.send(photo)).isInstanceOf(SendResult.Delivered.class);

        Await.until(TIMEOUT, "the photo", () -> fake.documentsTo(46L).size() == 1);
        assertThat(fake.documentsTo(46L)).hasSize(1);
        FakeBotApi.SentDocument sentPhoto = fake.documentsTo(46L).get(0);
        assertThat(sentPhoto.caption().length()).isLessThanOrEqualTo(1024);
        assertThat(sentPhoto.buttons()).isEmpty();
        List<FakeBotApi.RecordedMessage> rest = fake.messagesTo(46L);
        assertThat(rest).hasSize(1);
        assertThat(sentPhoto.caption() + "\n" + rest.get(0).text()).isEqualTo(text);
        assertThat(rest.get(0).buttons()).containsExactly(new FakeBotApi.Button("Duyệt", "t3"));
    }

    @Test
    void a_card_edited_to_a_text_too_long_for_one_message_keeps_the_beginning_and_continues_below() {
        TelegramGateway gateway = config.telegramGateway(client);
        List<List<OutgoingMessage.InlineButton>> approve = List.of(List.of(new OutgoingMessage.InlineButton("Duyệt", "t1")));
        SendResult.Delivered card = (SendResult.Delivered) gateway.send(new OutgoingMessage(56L, "Danh sách đề nghị", approve, null));
        String longer = digest();

        SendResult edited = gateway.send(new OutgoingMessage(56L, longer, approve, null, "k", card.messageId(), null));

        assertThat(edited).isEqualTo(card);
        FakeBotApi.RecordedMessage now = fake.currentMessage(card.messageId().intValue());
        assertThat(now.text()).startsWith("Tổng hợp tự đánh giá").hasSizeLessThanOrEqualTo(4096);
        assertThat(now.buttons()).as("the buttons moved to the last part").isEmpty();
        List<FakeBotApi.RecordedMessage> all = fake.messagesTo(56L);
        assertThat(all).hasSize(3);
        assertThat(String.join("\n", now.text(), all.get(1).text(), all.get(2).text())).isEqualTo(longer);
        assertThat(all.get(2).buttons()).containsExactly(new FakeBotApi.Button("Duyệt", "t1"));
    }

    @Test
    void the_file_fetcher_uses_the_configured_server_and_never_shows_the_token() {
        TelegramFileFetcher files = config.telegramFileFetcher(client, clients, settings);
        assertThat(files.downloadUrl("documents/file_1.pdf").toString())
                .isEqualTo(fake.baseUrl() + "/file/bot" + fake.token() + "/documents/file_1.pdf");
        fake.answerNext("getFile", null, 1, 400, "Bad Request: file is too big", null);
        assertThatThrownBy(() -> files.fetch("whatever", 100)).hasMessageContaining("file is too big")
                .hasMessageNotContaining(fake.token());
    }

    @Test
    void settings_parse_the_api_url_and_refuse_a_missing_token() {
        assertThat(TelegramSettings.parseUrl("https://api.telegram.org").getPort()).isEqualTo(443);
        assertThat(TelegramSettings.parseUrl("http://10.0.0.5:8081/").getHost()).isEqualTo("10.0.0.5");
        assertThat(TelegramSettings.parseUrl("http://10.0.0.5:8081/").getPort()).isEqualTo(8081);
        assertThat(TelegramSettings.parseUrl("http://bot-api").getSchema()).isEqualTo("http");
        assertThatThrownBy(() -> TelegramSettings.parseUrl("http://host/some/path")).hasMessageContaining("path");
        assertThatThrownBy(() -> TelegramSettings.parseUrl("ftp://host")).hasMessageContaining("TELEGRAM_API_URL");
        assertThatThrownBy(() -> TelegramSettings.of(" ", "https://api.telegram.org", 50)).hasMessageContaining("TELEGRAM_BOT_TOKEN");
        assertThat(TelegramSettings.of("1:SECRET", null, 50).toString()).doesNotContain("SECRET");
    }

    @Test
    void the_fake_refuses_what_telegram_refuses() {
        TelegramGateway gateway = config.telegramGateway(client);
        OutgoingMessage tooLongData = new OutgoingMessage(99L, "Chọn", List.of(List.of(
                new OutgoingMessage.InlineButton("A", "x".repeat(65)))), null);
        assertThat(gateway.send(tooLongData)).isInstanceOf(SendResult.Permanent.class);
    }

    private static Command command(List<String> names, Set<Role> roles) {
        return new Command() {
            @Override
            public List<String> names() {
                return names;
            }

            @Override
            public String descriptionKey() {
                return "command." + names.get(0);
            }

            @Override
            public Set<Role> roles() {
                return roles;
            }

            @Override
            public void run(vn.thiduabot.chat.ChatSession session, String args) {
            }
        };
    }
}
