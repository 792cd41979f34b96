package vn.dondoc.app.reminder;

import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail through the SMTP server of DONDOC_SMTP_HOST, _PORT, _USERNAME, _PASSWORD, _FROM,
 * _STARTTLS (read at each send, so a changed setting needs no restart); without a host, logs a line instead.
 */
@Component
class Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    private final Environment env;

    Mailer(Environment env) {
        this.env = env;
    }

    /** @return true when handed to an SMTP server, false when only logged */
    boolean send(String to, String subject, String body) {
        String host = env.getProperty("dondoc.smtp.host", "");
        if (host.isBlank()) {
            LOG.info("no SMTP server configured (DONDOC_SMTP_HOST): not sent to {}: {}", to, subject);
            return false;
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(env.getProperty("dondoc.smtp.port", Integer.class, 25));
        sender.setUsername(env.getProperty("dondoc.smtp.username"));
        sender.setPassword(env.getProperty("dondoc.smtp.password"));
        sender.setDefaultEncoding("UTF-8");
        Properties p = sender.getJavaMailProperties();
        boolean auth = sender.getUsername() != null && !sender.getUsername().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        p.put("mail.smtp.starttls.enable", env.getProperty("dondoc.smtp.starttls", "false"));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(env.getProperty("dondoc.smtp.from", "dondoc@localhost"));
        m.setTo(to);
        m.setSubject(subject);
        m.setText(body);
        sender.send(m);
        return true;
    }
}
