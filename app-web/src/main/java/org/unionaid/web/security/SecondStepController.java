package org.unionaid.web.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unionaid.domain.login.SecondFactorLogin;
import org.unionaid.domain.shared.DomainException;
import org.unionaid.domain.shared.Refusal;

/**
 * The second step of a login (R-AUTH-01): the six-digit code or a recovery code (R-AUTH-02), or, for a user
 * without a confirmed secret, the enrolment with its QR code and recovery codes (R-AUTH-03). A wrong code counts
 * as a failed login in the throttle (R-AUTH-05, R-AUTH-06): six digits are not to be guessed at leisure.
 */
@Controller
@RequestMapping("/login")
class SecondStepController {

    private final SecondFactorLogin secondFactors;
    private final LoginThrottle throttle;
    private final RefusedLogins refused;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts;
    private final SecondStepAudit audit;
    private final Clock clock;

    SecondStepController(SecondFactorLogin secondFactors, LoginThrottle throttle, RefusedLogins refused,
            UserDetailsService users, SecurityContextRepository contexts, SecondStepAudit audit, Clock clock) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.refused = refused;
        this.users = users;
        this.contexts = contexts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/code")
    String codeForm(HttpServletRequest request) {
        PendingSecondFactor pending = pending(request);
        if (pending == null || !pending.enrolled()) {
            return pending == null ? "redirect:/login?expired" : "redirect:" + pending.stepPage();
        }
        return "login/code";
    }

    @PostMapping("/code")
    String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        PendingSecondFactor pending = pending(request);
        if (pending == null || !pending.enrolled()) {
            return pending == null ? "redirect:/login?expired" : "redirect:" + pending.stepPage();
        }
        Optional<String> refusedPage = throttled(pending, request);
        if (refusedPage.isPresent()) {
            return refusedPage.get();
        }
        try {
            secondFactors.verify(pending.actor(), code);
        } catch (DomainException wrong) {
            failed(pending, request, wrong, model);
            return "login/code";
        }
        return signIn(pending, request, response) ? "redirect:/" : "redirect:/login?error";
    }

    @GetMapping("/enrol")
    String enrolForm(HttpServletRequest request, Model model) {
        PendingSecondFactor pending = pending(request);
        if (pending == null || pending.enrolled()) {
            return pending == null ? "redirect:/login?expired" : "redirect:" + pending.stepPage();
        }
        return enrolPage(pending, model);
    }

    @PostMapping("/enrol")
    String enrol(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PendingSecondFactor pending = pending(request);
        if (pending == null || pending.enrolled()) {
            return pending == null ? "redirect:/login?expired" : "redirect:" + pending.stepPage();
        }
        Optional<String> refusedPage = throttled(pending, request);
        if (refusedPage.isPresent()) {
            return refusedPage.get();
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirm(pending.actor(), code);
        } catch (DomainException wrong) {
            failed(pending, request, wrong, model);
            return enrolPage(pending, model);
        }
        if (!signIn(pending, request, response)) {
            return "redirect:/login?error";
        }
        // Shown in this answer and kept nowhere else: not in the session, not in a flash attribute.
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "login/recovery-codes";
    }

    private String enrolPage(PendingSecondFactor pending, Model model) {
        SecondFactorLogin.Enrolment enrolment = secondFactors.begin(pending.actor());
        model.addAttribute("qrCode", QrCodes.pngDataUri(enrolment.uri()));
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        return "login/enrol";
    }

    /** The halfway login of this session, unless it is too old: then the password is asked again. */
    private PendingSecondFactor pending(HttpServletRequest request) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending)) {
            return null;
        }
        if (pending.expired(clock.instant())) {
            forget(request);
            return null;
        }
        return pending;
    }

    /** R-AUTH-05, R-AUTH-06, R-AUTH-07 — a throttled or locked name is sent back to the password, recorded once. */
    private Optional<String> throttled(PendingSecondFactor pending, HttpServletRequest request) {
        Optional<Refusal> refusal = throttle.refusal(pending.user().getUsername(), request.getRemoteAddr());
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        LoginRefusedException refusedAttempt = LoginRefusedException.of(refusal.get());
        refused.record(pending.user().getUsername(), request.getRemoteAddr(), refusedAttempt);
        forget(request);
        return Optional.of("redirect:" + refusedAttempt.loginPage());
    }

    private void failed(PendingSecondFactor pending, HttpServletRequest request, DomainException wrong, Model model) {
        throttle.failed(pending.user().getUsername(), request.getRemoteAddr());
        audit.wrongCode(pending.user(), request.getRemoteAddr());
        model.addAttribute("error", wrong.messageKey());
    }

    /**
     * The login completes: the user as stored now (roles, enabled), a new session id, the throttle told. False when
     * the user was removed or disabled meanwhile.
     */
    private boolean signIn(PendingSecondFactor pending, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser user;
        try {
            user = (CurrentUser) users.loadUserByUsername(pending.user().getUsername());
        } catch (UsernameNotFoundException gone) {
            forget(request);
            return false;
        }
        if (!user.isEnabled()) {
            forget(request);
            return false;
        }
        user.eraseCredentials();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedIn.withSecondFactor(user));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        throttle.succeeded(user.getUsername(), request.getRemoteAddr());
        audit.signedIn(user, request.getRemoteAddr());
        return true;
    }

    private static void forget(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
