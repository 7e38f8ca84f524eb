-- Headless Neovim (0.7+) as a real LSP client: attach msglint-language-server to a draft with the
-- docs/editors.md recipe for Neovim 0.7–0.9 (settings through init_options: these versions neither
-- declare workspace/configuration nor send didChangeConfiguration), read the diagnostics, ask for
-- code actions on one, apply the preferred quick fix (else the first suggestion), save the file, and read the summary that
-- hovering the first line shows (0.7–0.9 have no code lens capability and no inlay hints).
-- Inputs (environment): MSGLINT_SERVER (server .cjs), MSGLINT_DRAFT (file), MSGLINT_RULE (rule id to fix).
local server = os.getenv('MSGLINT_SERVER')
local draft = os.getenv('MSGLINT_DRAFT')
local rule = os.getenv('MSGLINT_RULE')

local function fail(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  vim.cmd('cquit! 1')
end

local function log(msg)
  io.stdout:write(msg .. '\n')
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local bufnr = vim.api.nvim_get_current_buf()

local client_id = vim.lsp.start_client({
  name = 'msglint',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':h'),
  -- As in the recipe (docs/editors.md), with the test's debounce.
  init_options = { workspaceTrusted = true, settings = { debounceMs = 0, defaultChannel = 'whatsapp' } },
})
if not client_id then fail('start_client failed') end
vim.lsp.buf_attach_client(bufnr, client_id)

local client = vim.lsp.get_client_by_id(client_id)
if not vim.wait(10000, function() return client.initialized end, 50) then fail('not initialized') end

local target
local ok = vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == rule or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == rule) then
      target = d
      return true
    end
  end
  return false
end, 50)
if not ok then fail('no diagnostic for ' .. rule .. ' (got ' .. #vim.diagnostic.get(bufnr) .. ')') end
log('diagnostics: ' .. #vim.diagnostic.get(bufnr))
log('message: ' .. target.message)

-- Rebuild the LSP diagnostic: 0.7 keeps only part of it in user_data; columns are bytes, LSP wants UTF-16.
local function utf16(lnum, col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
  local _, u16 = vim.str_utfindex(line, math.min(col, #line))
  return u16
end
local range = {
  start = { line = target.lnum, character = utf16(target.lnum, target.col) },
  ['end'] = { line = target.end_lnum, character = utf16(target.end_lnum, target.end_col) },
}
local lsp_diag = {
  range = range,
  message = target.message,
  code = rule,
  source = target.source,
  severity = target.severity,
}
local params = {
  textDocument = vim.lsp.util.make_text_document_params(bufnr),
  range = range,
  context = { diagnostics = { lsp_diag } },
}
-- Hover over the finding explains the rule.
local hovers = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = params.textDocument,
  position = range.start,
}, 10000)
local hover_text = ''
for _, response in pairs(hovers or {}) do
  if response.result and response.result.contents then hover_text = hover_text .. (response.result.contents.value or '') end
end
if not hover_text:find(rule, 1, true) then fail('hover does not name the rule: ' .. hover_text) end
log('hover: ok')

local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
if not responses then fail('no code action response') end
-- The preferred (safe) fix when there is one, else the first suggestion that fixes the finding, as a
-- user picks it from the menu (suggestions are listed before the "disable" actions).
local chosen, suggestion
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    log('action: ' .. action.title)
    if action.isPreferred and action.edit and not chosen then chosen = action end
    if action.edit and not suggestion and not action.title:find('msglint-disable', 1, true) and not action.title:lower():find('disable', 1, true) and not action.title:find('禁用', 1, true) then suggestion = action end
  end
end
chosen = chosen or suggestion
if not chosen then fail('no quick fix') end
log('applying: ' .. chosen.title)
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
vim.cmd('write')

-- The server re-lints the changed buffer: the finding is gone.
local gone = vim.wait(10000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == rule or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == rule) then return false end
  end
  return true
end, 50)
if not gone then fail('diagnostic still there after the fix') end

-- The summary of what msglint understood: hover on the first line.
local summaries = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
  textDocument = params.textDocument,
  position = { line = 0, character = 0 },
}, 10000)
for _, response in pairs(summaries or {}) do
  if response.result and response.result.contents then log('summary: ' .. (response.result.contents.value or '')) end
end
log('OK')
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
vim.cmd('qall!')
