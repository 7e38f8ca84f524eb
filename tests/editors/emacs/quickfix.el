;;; quickfix.el --- Emacs + eglot (1.9+) as a real LSP client for msglint-language-server -*- lexical-binding: t -*-
;; Attach the server to a draft, read its diagnostics, apply the preferred quick fix and save.
;; Inputs (environment): MSGLINT_SERVER (server .cjs), MSGLINT_DRAFT (file), MSGLINT_RULE (rule id).
;; Batch mode has no idle timers or post-command hooks: the script starts eglot explicitly and
;; reads the diagnostics eglot keeps for Flymake.
(package-initialize)
(require 'eglot)
(require 'cl-lib)

(defun msglint-test-fail (fmt &rest args)
  (princ (concat "FAIL: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(define-derived-mode msglint-draft-mode text-mode "msglint-draft")

(defun msglint-test-wait (pred seconds)
  (let ((deadline (+ (float-time) seconds)) (value nil))
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(defun msglint-test-lsp-diags ()
  (cl-loop for d in (append (and (boundp 'eglot--diagnostics) eglot--diagnostics)
                            (ignore-errors (flymake-diagnostics)))
           for spec = (cdr (assoc 'eglot-lsp-diag (eglot--diag-data d)))
           when spec collect spec))

(condition-case err
    (let* ((server (getenv "MSGLINT_SERVER"))
           (draft (getenv "MSGLINT_DRAFT"))
           (rule (getenv "MSGLINT_RULE"))
           (dir (file-name-directory draft)))
      (find-file draft)
      (msglint-draft-mode)
      (setq-default eglot-workspace-configuration '(:msglint (:debounceMs 0)))
      (eglot '(msglint-draft-mode) `(transient . ,dir) 'eglot-lsp-server
             (list "node" server "--stdio" :initializationOptions '(:workspaceTrusted t))
             "msglint-draft")
      (unless (msglint-test-wait (lambda () (eglot-current-server)) 10)
        (msglint-test-fail "no server"))
      (let ((diag (msglint-test-wait
                   (lambda () (cl-find rule (msglint-test-lsp-diags)
                                       :key (lambda (d) (plist-get d :code)) :test #'equal))
                   10)))
        (unless diag (msglint-test-fail "no diagnostic for %s" rule))
        (princ (format "diagnostic: %s\n" (plist-get diag :message)))
        (let* ((actions (jsonrpc-request
                         (eglot--current-server-or-lose) :textDocument/codeAction
                         (list :textDocument (eglot--TextDocumentIdentifier)
                               :range (plist-get diag :range)
                               :context (list :diagnostics (vector diag)))))
               (fix (cl-find-if (lambda (a) (eq (plist-get a :isPreferred) t)) actions)))
          (unless fix (msglint-test-fail "no preferred quick fix among %d actions" (length actions)))
          (princ (format "applying: %s\n" (plist-get fix :title)))
          (eglot--apply-workspace-edit (plist-get fix :edit))
          (save-buffer)
          ;; eglot sends didChange from a timer that never fires in batch: flush it by hand.
          (eglot--signal-textDocument/didChange)
          (unless (msglint-test-wait
                   (lambda () (not (cl-find rule (msglint-test-lsp-diags)
                                            :key (lambda (d) (plist-get d :code)) :test #'equal)))
                   10)
            (msglint-test-fail "diagnostic still there after the fix"))
          (princ "OK\n")
          (ignore-errors (eglot-shutdown (eglot-current-server)))
          (kill-emacs 0))))
  (error (msglint-test-fail "%S" err)))
