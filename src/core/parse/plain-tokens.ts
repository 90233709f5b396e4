/**
 * markdown-it with its token and state objects made by plain assignments.
 * The published build defines every field of `Token`, `StateCore` and
 * `StateInline` with a helper that calls `Object.defineProperty` once per
 * field (thirteen for each token); that helper was the largest single entry
 * in the profile of a list's parse. The objects made here have the same
 * fields, in the same order, with the same values, and the library's own
 * prototypes (so `instanceof`, `attrGet` and the rules' methods are the
 * library's); only the constructors and `push` differ, and `push` does what
 * the library's does. `plain-tokens.test.ts` holds every field and every
 * token stream to the library's.
 *
 * Applied per instance: a `MarkdownIt` made elsewhere keeps the library's objects.
 *
 * `sourceFor` does what markdown-it's first core rule (`normalize`) does, only
 * when the text needs it: that rule runs two expressions over every text it
 * is given, a whole list or one item, though a repaired list has neither.
 */
import type { MarkdownIt, StateBlock, StateCore, StateInline, Token } from 'markdown-it';

type Nesting = Token['nesting'];
type TokenClass = typeof Token;

/** A `Token` class with the library's prototype whose constructor assigns the fields. */
function plainTokenClass(lib: TokenClass): TokenClass {
	function PlainToken(this: Token, type: string, tag: string, nesting: Nesting): void {
		this.map = null;
		this.level = 0;
		this.children = null;
		this.content = '';
		this.markup = '';
		this.info = '';
		this.block = false;
		this.hidden = false;
		this.type = type;
		this.tag = tag;
		this.attrs = null;
		this.nesting = nesting;
		this.meta = null;
	}
	PlainToken.prototype = lib.prototype;
	return PlainToken as unknown as TokenClass;
}

/** `StateCore` with plain fields. */
function plainCoreClass(lib: typeof StateCore, PlainToken: TokenClass): typeof StateCore {
	function PlainStateCore(this: StateCore, src: string, md: MarkdownIt, env: StateCore['env']): void {
		this.tokens = [];
		this.inlineMode = false;
		this.Token = PlainToken;
		this.src = src;
		this.env = env;
		this.md = md;
	}
	PlainStateCore.prototype = Object.create(lib.prototype) as StateCore;
	return PlainStateCore as unknown as typeof StateCore;
}

/** `StateInline` with plain fields, pushing plain tokens. */
function plainInlineClass(lib: typeof StateInline, PlainToken: TokenClass): typeof StateInline {
	function PlainStateInline(this: StateInline, src: string, md: MarkdownIt, env: StateInline['env'], outTokens: Token[]): void {
		this.pos = 0;
		this.level = 0;
		this.pending = '';
		this.pendingLevel = 0;
		this.cache = {};
		this.backticks = {};
		this.backticksScanned = false;
		this.skipHtmlSpecial = false;
		this.linkLevel = 0;
		this.delimiters = [];
		this._prev_delimiters = [];
		this.Token = PlainToken;
		this.src = src;
		this.env = env;
		this.md = md;
		this.tokens = outTokens;
		this.tokens_meta = Array<StateInline['tokens_meta'][number]>(outTokens.length);
		this.posMax = this.src.length;
	}
	const proto = Object.create(lib.prototype) as StateInline;
	proto.pushPending = function (this: StateInline): Token {
		const token = new PlainToken('text', '', 0);
		token.content = this.pending;
		token.level = this.pendingLevel;
		this.tokens.push(token);
		this.pending = '';
		return token;
	};
	proto.push = function (this: StateInline, type: string, tag: string, nesting: Nesting): Token {
		if (this.pending) this.pushPending();
		const token = new PlainToken(type, tag, nesting);
		let meta: StateInline['tokens_meta'][number];
		if (nesting < 0) {
			this.level--;
			this.delimiters = this._prev_delimiters.pop()!;
		}
		token.level = this.level;
		if (nesting > 0) {
			this.level++;
			this._prev_delimiters.push(this.delimiters);
			this.delimiters = [];
			meta = { delimiters: this.delimiters };
		}
		this.pendingLevel = this.level;
		this.tokens.push(token);
		this.tokens_meta.push(meta);
		return token;
	};
	PlainStateInline.prototype = proto;
	return PlainStateInline as unknown as typeof StateInline;
}

/** `StateBlock` pushing plain tokens (made once a parse, so its own constructor is kept). */
function plainBlockClass(lib: typeof StateBlock, PlainToken: TokenClass): typeof StateBlock {
	return class PlainStateBlock extends lib {
		constructor(src: string, md: MarkdownIt, env: StateBlock['env'], tokens: Token[]) {
			super(src, md, env, tokens);
			this.Token = PlainToken;
		}

		override push(type: string, tag: string, nesting: Nesting): Token {
			const token = new PlainToken(type, tag, nesting);
			token.block = true;
			if (nesting < 0) this.level--;
			token.level = this.level;
			if (nesting > 0) this.level++;
			this.tokens.push(token);
			return token;
		}
	};
}

/** Make `md` build plain token and state objects; returns `md`. */
export function withPlainTokens(md: MarkdownIt): MarkdownIt {
	const PlainToken = plainTokenClass(new md.core.State('', md, {}).Token);
	md.core.State = plainCoreClass(md.core.State, PlainToken);
	md.block.State = plainBlockClass(md.block.State, PlainToken);
	md.inline.State = plainInlineClass(md.inline.State, PlainToken);
	return md;
}

/**
 * The text as markdown-it's `normalize` rule leaves it — CR LF and lone CR
 * as LF, NUL as U+FFFD — for an instance with that rule disabled.
 */
export function sourceFor(text: string): string {
	let t = text;
	if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
	if (t.includes('\0')) t = t.replace(/\0/g, '\uFFFD');
	return t;
}
