" Vim + ALE as the LSP client, configured as docs/editors.md says (the "Vim + ALE" recipe), plus a
" status file the test polls: every 100 ms, the ALE findings of the current buffer as
" `line:col code` lines, after a first line `findings N`.
" Inputs (environment): MSGLINT_SERVER (server .cjs), MSGLINT_STATUS (status file to write).
set nocompatible
set noswapfile nobackup nowritebackup shortmess+=I
packadd! ale
filetype plugin on
syntax off

" ---- the recipe -------------------------------------------------------------------------------
let g:ale_linters = {'markdown': ['msglint']}
let g:ale_linters_explicit = 1
let g:ale_lint_on_text_changed = 'always'
let g:ale_lint_delay = 50
call ale#linter#Define('markdown', {
\   'name': 'msglint',
\   'lsp': 'stdio',
\   'executable': 'node',
\   'command': 'node ' . shellescape($MSGLINT_SERVER) . ' --stdio',
\   'project_root': {buffer -> fnamemodify(bufname(buffer), ':p:h')},
\   'initialization_options': {'workspaceTrusted': v:true, 'settings': {'debounceMs': 50}},
\})
" ---- end of the recipe -------------------------------------------------------------------------

function! s:WriteStatus(timer) abort
  let l:items = ale#engine#GetLoclist(bufnr(''))
  let l:lines = ['findings ' . len(l:items)]
  for l:item in l:items
    call add(l:lines, l:item.lnum . ':' . l:item.col . ' ' . get(l:item, 'code', ''))
  endfor
  call writefile(l:lines, $MSGLINT_STATUS)
endfunction
call timer_start(100, function('s:WriteStatus'), {'repeat': -1})
