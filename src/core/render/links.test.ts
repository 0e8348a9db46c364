import assert from 'node:assert/strict';
import { isSafeUrl } from './links';

describe('isSafeUrl', () => {
  it('allows http, https and mailto', () => {
    for (const url of ['http://example.com', 'https://example.com/a?b=c#d', 'mailto:oncall@example.com', ' HTTPS://EXAMPLE.COM ']) {
      assert.equal(isSafeUrl(url), true, url);
    }
  });

  it('refuses schemes that can run code or open local things', () => {
    const hostile = [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
      '\u0001javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
      'command:workbench.action.terminal.new', 'file:///etc/passwd', 'vscode://ext/x',
    ];
    for (const url of hostile) assert.equal(isSafeUrl(url), false, JSON.stringify(url));
  });

  it('refuses relative and malformed links', () => {
    for (const url of ['', '/runbooks/db', 'runbook.md', '#timeline', 'http://', '//evil.example.com']) {
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });
});
