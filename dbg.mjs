import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://localhost:4321/?' + process.argv[2]);
await page.waitForSelector('html[data-live-ready]');
const text = await page.locator('main .sl-markdown-content').innerText();
for (const m of text.matchAll(/.{80}is never.{60}/gs)) console.log('>>', m[0].replace(/\n/g, ' '));
await browser.close();
