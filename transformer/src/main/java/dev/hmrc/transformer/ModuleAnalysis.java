package dev.hmrc.transformer;

import com.oracle.js.parser.TokenType;
import com.oracle.js.parser.ir.AccessNode;
import com.oracle.js.parser.ir.BaseNode;
import com.oracle.js.parser.ir.BinaryNode;
import com.oracle.js.parser.ir.CallNode;
import com.oracle.js.parser.ir.CatchNode;
import com.oracle.js.parser.ir.ClassElement;
import com.oracle.js.parser.ir.ClassNode;
import com.oracle.js.parser.ir.ExportNode;
import com.oracle.js.parser.ir.Expression;
import com.oracle.js.parser.ir.ForNode;
import com.oracle.js.parser.ir.FunctionNode;
import com.oracle.js.parser.ir.IdentNode;
import com.oracle.js.parser.ir.ImportNode;
import com.oracle.js.parser.ir.IndexNode;
import com.oracle.js.parser.ir.LexicalContext;
import com.oracle.js.parser.ir.LiteralNode;
import com.oracle.js.parser.ir.Node;
import com.oracle.js.parser.ir.ObjectNode;
import com.oracle.js.parser.ir.PropertyNode;
import com.oracle.js.parser.ir.Scope;
import com.oracle.js.parser.ir.UnaryNode;
import com.oracle.js.parser.ir.VarNode;
import com.oracle.js.parser.ir.visitor.NodeVisitor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scope pass: one walk over the module body that decides, for every
 * identifier reference, whether it names an import binding (→ a read through
 * the holder, or the {@code Pro} trap when it is written), the module-level
 * {@code arguments} (→ {@code Pargs()}), {@code import.meta} or {@code import()}; and, for a
 * namespace import {@code ns}, whether a member expression {@code ns.x} / {@code ns["x"]} around it
 * is a plain read or call that becomes a read of its own holder slot.
 * (The regular expression literal spans the token scanner needs come from the parser.)
 *
 * <p>Which declaration an identifier refers to comes from the parser's scopes
 * ({@link Scope} chain from the identifier's innermost scope outwards: the first
 * scope that declares the name wins); the decision what to do with it is made here.
 */
final class ModuleAnalysis extends NodeVisitor<LexicalContext> {
    private final String source;
    private final String prefix;
    private final Map<String, Integer> importSlots;
    /** Local names of the namespace imports ({@code import * as ns}). */
    private final Set<String> namespaceImports;
    final List<Edit> edits;
    /**
     * Namespace members read with a static name, in order of first occurrence: member j reads from
     * holder slot {@code importSlots.size() + j}.
     */
    final Map<ModuleRecord.NamespaceMember, Integer> namespaceMembers = new LinkedHashMap<>();
    /** Whether some {@code ns.x(...)} became {@code Pcall.call(...)} (the prefix then defines {@code Pcall}). */
    boolean usesNamespaceCall;
    /** Each namespace member's first offset in the source, while the walk runs. */
    private final Map<ModuleRecord.NamespaceMember, Integer> namespaceMemberStarts = new java.util.HashMap<>();
    /** Indexes in {@link #edits} of the edits that name a member slot, and their members. */
    private final List<Integer> memberSlotEdits = new ArrayList<>();
    private final List<ModuleRecord.NamespaceMember> memberSlotKeys = new ArrayList<>();
    /** Decorator expression spans, to be parenthesised when they contain an edit. */
    final List<int[]> decoratorSpans = new ArrayList<>();
    /** Imports (local names) written somewhere: each gets an accessor pair on {@code Pro}. */
    final Set<String> writtenImports = new LinkedHashSet<>();
    boolean usesImportMeta;
    boolean usesDynamicImport;
    boolean usesArguments;

    /**
     * Start offsets (ascending) of the identifiers that can matter here, from the token scan; null for a
     * walk of the whole tree. With them, the walk skips every subtree whose source range holds none.
     */
    private final int[] candidates;
    private final int candidateCount;
    /** Which candidates an IdentNode of the walk (or {@link #markReached}) accounted for. */
    private final boolean[] reached;

    private Node[] parents = new Node[64];
    private int depth;
    private int shorthandAt = -1;
    private int sequence;

    /** A scope pass over the whole tree. */
    ModuleAnalysis(String source, String prefix, Map<String, Integer> importSlots, Set<String> namespaceImports,
                   List<Edit> edits) {
        this(source, prefix, importSlots, namespaceImports, edits, null, 0);
    }

    /**
     * A scope pass that visits only subtrees whose source range holds one of {@code candidates}: the
     * identifiers named like an import, {@code arguments} or {@code import} (everything this pass rewrites
     * starts with one). It gives the edits of the whole-tree walk when every candidate was reached (see
     * {@link #reachedAllCandidates()}): then no rewritable identifier sat in a skipped subtree.
     */
    ModuleAnalysis(String source, String prefix, Map<String, Integer> importSlots, Set<String> namespaceImports,
                   List<Edit> edits, int[] candidates, int candidateCount) {
        super(new LexicalContext());
        this.source = source;
        this.prefix = prefix;
        this.importSlots = importSlots;
        this.namespaceImports = namespaceImports;
        this.edits = edits;
        this.candidates = candidates;
        this.candidateCount = candidateCount;
        this.reached = candidates == null ? null : new boolean[candidateCount];
    }

    /** Accounts for a candidate that is no identifier of the tree (the {@code import} of a declaration). */
    void markReached(int offset) {
        int k = candidateIndex(offset);
        if (k >= 0) {
            reached[k] = true;
        }
    }

    /**
     * Accounts for the identifiers of an import declaration: the tree walk does not reach them (the
     * declarations are not statements of the body), and none of them is rewritten.
     */
    void markReached(ImportNode declaration) {
        markReached(declaration.getStart());
        declaration.accept(new NodeVisitor<>(new LexicalContext()) {
            @Override
            public boolean enterIdentNode(IdentNode id) {
                markReached(id.getStart());
                return true;
            }
        });
    }

    /** Accounts for the names of an {@code export { ... }} clause: not rewritten, and not in the tree walk. */
    void markReached(ExportNode declaration) {
        if (declaration.getNamedExports() != null) {
            declaration.getNamedExports().accept(new NodeVisitor<>(new LexicalContext()) {
                @Override
                public boolean enterIdentNode(IdentNode id) {
                    markReached(id.getStart());
                    return true;
                }
            });
        }
    }

    /**
     * Whether the walk reached every candidate. When not (a label, or a node whose range does not cover
     * its children), the caller walks the whole tree instead.
     */
    boolean reachedAllCandidates() {
        for (int k = 0; k < candidateCount; k++) {
            if (!reached[k]) {
                return false;
            }
        }
        return true;
    }

    private int candidateIndex(int offset) {
        int k = java.util.Arrays.binarySearch(candidates, 0, candidateCount, offset);
        return k >= 0 ? k : -1;
    }

    /** Whether the node must be visited: a whole-tree walk, an odd range, or a candidate in its range. */
    private boolean mayHoldCandidate(Node node) {
        if (candidates == null) {
            return true;
        }
        int start = node.getStart();
        int finish = node.getFinish();
        if (start < 0 || finish <= start) {
            return true;
        }
        int k = java.util.Arrays.binarySearch(candidates, 0, candidateCount, start);
        if (k < 0) {
            k = -k - 1;
        }
        return k < candidateCount && candidates[k] < finish;
    }

    int nextSequence() {
        return sequence++;
    }

    @Override
    protected boolean enterDefault(Node node) {
        if (candidates != null && !mayHoldCandidate(node)) {
            return false;
        }
        if (depth == parents.length) {
            parents = java.util.Arrays.copyOf(parents, depth * 2);
        }
        parents[depth++] = node;
        return true;
    }

    @Override
    protected Node leaveDefault(Node node) {
        depth--;
        return node;
    }

    @Override
    public boolean enterPropertyNode(PropertyNode node) {
        if (!mayHoldCandidate(node)) {
            return false;
        }
        Expression key = node.getKey();
        Expression value = node.getValue();
        if (!node.isComputed() && key instanceof IdentNode && value != null && value.getStart() == key.getStart()
                && !(value instanceof com.oracle.js.parser.ir.FunctionNode)) {
            shorthandAt = key.getStart();
        }
        return enterDefault(node);
    }

    @Override
    public boolean enterClassNode(ClassNode node) {
        if (!mayHoldCandidate(node)) {
            return false;
        }
        addDecorators(node.getDecorators());
        return enterDefault(node);
    }

    @Override
    public boolean enterClassElement(ClassElement element) {
        if (!mayHoldCandidate(element)) {
            return false;
        }
        addDecorators(element.getDecorators());
        return enterPropertyNode(element);
    }

    private void addDecorators(List<Expression> decorators) {
        if (decorators != null) {
            for (Expression d : decorators) {
                decoratorSpans.add(new int[]{d.getStart(), d.getFinish()});
            }
        }
    }

    @Override
    public boolean enterIdentNode(IdentNode id) {
        if (candidates != null) {
            int start = id.getStart();
            markReached(start);
            if (start >= 0 && start < source.length() && source.charAt(start) == '(') {
                markReached(skipParensAndTrivia(start, id.getFinish()));
            }
        }
        if (!id.isPropertyName() && !id.isPrivate() && !id.isInternal()) {
            visitReference(id);
        }
        return enterDefault(id);
    }

    private void visitReference(IdentNode id) {
        if (id.isImportMeta()) {
            usesImportMeta = true;
            int start = id.getStart();
            int end = id.getFinish();
            if (source.charAt(start) == '(') {
                // (import.meta): keep the parentheses, replace what is inside them.
                start = skipParensAndTrivia(start, end);
                while (end > start && (source.charAt(end - 1) == ')' || Character.isWhitespace(source.charAt(end - 1)))) {
                    end--;
                }
            }
            edits.add(new Edit(start, end, prefix + "meta", Edit.REPLACE, null, -1, sequence++));
            return;
        }
        String name = id.getName();
        // Most identifiers are none of the three kinds this pass rewrites: reject them first.
        Integer slot = importSlots.isEmpty() ? null : importSlots.get(name);
        if (slot == null && !name.equals("arguments") && !name.equals("import") && !name.equals("import.defer")) {
            return;
        }
        if (id.isMetaProperty() || id.isThis() || id.isSuper() || id.isNewTarget()) {
            return;
        }
        Node parent = depth > 0 ? parents[depth - 1] : null;
        if (isDeclarationName(id, parent)) {
            return;
        }
        if (slot != null) {
            int start = identifierStart(id, name);
            if (start >= 0 && resolvesToImport(name)) {
                rewriteImportReference(id, start, name, slot);
            }
            return;
        }
        if (name.equals("arguments")) {
            int start = identifierStart(id, name);
            if (start >= 0 && isModuleLevelArguments()) {
                usesArguments = true;
                boolean underTypeof = parent instanceof UnaryNode u && u.tokenType() == TokenType.TYPEOF
                        && u.getExpression() == id;
                String text = prefix + (underTypeof ? "args(1)" : "args()");
                addReferenceEdit(id, start, name, text);
            }
            return;
        }
        if ((name.equals("import") || name.equals("import.defer")) && parent instanceof CallNode call
                && call.getFunction() == id) {
            // import(s, o) and import.defer(s, o) (staging; the ident is the keyword, ".defer" stays):
            // Pimport(s, o) and Pimport.defer(s, o).
            usesDynamicImport = true;
            edits.add(new Edit(id.getStart(), id.getFinish(), prefix + "import", Edit.REPLACE, null, -1, sequence++));
        }
    }

    private void rewriteImportReference(IdentNode id, int start, String name, int slot) {
        if (!namespaceImports.isEmpty() && namespaceImports.contains(name)
                && rewriteNamespaceMember(id, start, name, slot)) {
            return;
        }
        String text;
        if (isAssignmentTarget(id, depth - 1)) {
            writtenImports.add(name);
            text = prefix + "ro." + name;
        } else if (isNewCallee(id, depth - 1)) {
            text = "(" + prefix + "i" + slot + "())";
        } else {
            text = prefix + "i" + slot + "()";
        }
        addReferenceEdit(id, start, name, text);
    }

    /**
     * {@code ns.x} or {@code ns["x"]} (a string literal key) where {@code ns} is the namespace import in
     * holder slot {@code slot}: a read becomes {@code Pim()}, a call {@code ns.x(a)} becomes
     * {@code Pcall.call(Pim(),Pik(),a)} (this is the namespace, as natively), the callee of {@code new}
     * {@code (Pim())}. Slot m is the member's own holder entry. Anything else (an assignment or
     * {@code delete} target, an optional or tagged call, a parenthesised member or object, a private
     * name, a decorator) is left to the plain rewrite of {@code ns} and reads through the namespace.
     *
     * @return whether the member was rewritten (then nothing else is to be done for {@code id})
     */
    private boolean rewriteNamespaceMember(IdentNode id, int start, String name, int slot) {
        if (depth < 1 || !(parents[depth - 1] instanceof BaseNode member) || member.getBase() != id
                || member.isSuper() || id.getStart() != start || member.getStart() != start) {
            return false;
        }
        int memberIndex = depth - 1;
        int idEnd = identifierEnd(start, id.getFinish());
        int finish = member.getFinish();
        if (idEnd != id.getFinish() || finish > source.length()) {
            return false;
        }
        // Where the key's text is, and what the key is.
        int p = skipTrivia(idEnd, finish);
        if (p >= finish) {
            return false;
        }
        if (source.startsWith("?.", p)) {
            p = skipTrivia(p + 2, finish);
        } else if (member instanceof AccessNode && source.charAt(p) == '.') {
            p = skipTrivia(p + 1, finish);
        }
        String memberName;
        int keyStart = p;
        int keyEnd;
        if (member instanceof AccessNode access) {
            if (access.isPrivate() || keyStart >= finish || source.charAt(keyStart) == '#') {
                return false;
            }
            memberName = access.getProperty();
            keyEnd = identifierEnd(keyStart, finish);
            if (keyEnd != finish) {
                return false;
            }
        } else if (member instanceof IndexNode index && index.getIndex() instanceof LiteralNode<?> literal
                && literal.isString() && p < finish && source.charAt(p) == '[') {
            keyStart = skipTrivia(p + 1, finish);
            keyEnd = literal.getFinish();
            if (literal.getStart() != keyStart || skipTrivia(keyEnd, finish) != finish - 1
                    || source.charAt(finish - 1) != ']') {
                return false;
            }
            memberName = literal.getString();
        } else {
            return false;
        }
        // The member's context.
        Node context = memberIndex > 0 ? parents[memberIndex - 1] : null;
        if (isAssignmentTarget(member, memberIndex - 1)
                || context instanceof UnaryNode u && u.tokenType() == TokenType.DELETE && u.getExpression() == member
                || isDecorator(member)) {
            return false;
        }
        boolean newCallee = isNewCallee(member, memberIndex - 1);
        boolean call = false;
        int paren = -1;
        if (!newCallee && context instanceof CallNode c && c.getFunction() == member) {
            if (c.isNew() || c.isOptional() || c.isTaggedTemplateLiteral() || c.isImport()) {
                return false;
            }
            paren = skipTrivia(finish, c.getFinish());
            if (paren >= c.getFinish() || source.charAt(paren) != '(') {
                return false;
            }
            call = true;
        }

        ModuleRecord.NamespaceMember key = new ModuleRecord.NamespaceMember(slot, memberName);
        namespaceMemberStarts.merge(key, start, Math::min);
        if (call) {
            usesNamespaceCall = true;
            edits.add(new Edit(start, start, prefix + "call.call(", Edit.UNMAPPED, null, -1, sequence++));
        }
        // The slot number is known once the walk is done (finishNamespaceMembers): a placeholder until then.
        memberSlotEdits.add(edits.size());
        memberSlotKeys.add(key);
        edits.add(new Edit(start, idEnd, newCallee ? "(" : "", Edit.REPLACE, name, -1, sequence++));
        edits.add(new Edit(idEnd, keyStart, "", Edit.BLANK, null, -1, sequence++));
        String keyName = member instanceof AccessNode ? memberName : null;
        edits.add(new Edit(keyStart, keyEnd, newCallee ? "())" : "()", Edit.REPLACE, keyName, -1, sequence++));
        if (keyEnd < finish) {
            edits.add(new Edit(keyEnd, finish, "", Edit.BLANK, null, -1, sequence++));
        }
        if (call) {
            CallNode c = (CallNode) context;
            if (paren > finish) {
                edits.add(new Edit(finish, paren, "", Edit.BLANK, null, -1, sequence++));
            }
            String receiver = "," + prefix + "i" + slot + "()" + (c.getArgs().isEmpty() ? "" : ",");
            edits.add(new Edit(paren, paren + 1, receiver, Edit.REPLACE, null, -1, sequence++));
        }
        return true;
    }

    /**
     * After the walk: numbers the namespace members in order of first appearance in the source (the
     * walk meets hoisted function declarations first) and writes the slot names into their edits.
     */
    void finishNamespaceMembers() {
        List<Map.Entry<ModuleRecord.NamespaceMember, Integer>> byStart = new ArrayList<>(namespaceMemberStarts.entrySet());
        byStart.sort(Map.Entry.comparingByValue());
        for (Map.Entry<ModuleRecord.NamespaceMember, Integer> e : byStart) {
            namespaceMembers.put(e.getKey(), namespaceMembers.size());
        }
        for (int i = 0; i < memberSlotEdits.size(); i++) {
            int at = memberSlotEdits.get(i);
            Edit e = edits.get(at);
            String slotName = prefix + "i" + (importSlots.size() + namespaceMembers.get(memberSlotKeys.get(i)));
            edits.set(at, new Edit(e.start(), e.end(), e.text() + slotName, e.kind(), e.name(), e.secondMap(),
                    e.sequence()));
        }
    }

    /** Whether the expression is a whole decorator ({@code @ns.x}): decorators keep their own rewrite. */
    private boolean isDecorator(Node node) {
        for (int[] span : decoratorSpans) {
            if (span[0] == node.getStart() && span[1] == node.getFinish()) {
                return true;
            }
        }
        return false;
    }

    /** The first offset from {@code p} that is no whitespace or comment (at most {@code limit}). */
    private int skipTrivia(int p, int limit) {
        while (p < limit) {
            char c = source.charAt(p);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029') {
                p++;
            } else if (c == '/' && p + 1 < limit && source.charAt(p + 1) == '*') {
                int close = source.indexOf("*/", p + 2);
                p = close < 0 ? limit : close + 2;
            } else if (c == '/' && p + 1 < limit && source.charAt(p + 1) == '/') {
                while (p < limit && source.charAt(p) != '\n' && source.charAt(p) != '\r') {
                    p++;
                }
            } else {
                return p;
            }
        }
        return p;
    }

    private void addReferenceEdit(IdentNode id, int start, String name, String text) {
        int end = identifierEnd(start, id.getFinish());
        if (start == shorthandAt) {
            String key = source.substring(start, end);
            edits.add(new Edit(start, end, key + ": " + text, Edit.REPLACE, name, key.length() + 2, sequence++));
        } else {
            edits.add(new Edit(start, end, text, Edit.REPLACE, name, -1, sequence++));
        }
    }

    /**
     * Where the identifier's own text starts, or -1 when the node does not spell its name
     * in the source (synthetic nodes). A parenthesised reference {@code ( x )} gets a span
     * that includes the parentheses: the identifier is found inside.
     */
    private int identifierStart(IdentNode id, String name) {
        int start = id.getStart();
        int end = id.getFinish();
        if (start < 0 || end > source.length() || start >= end) {
            return -1;
        }
        if (source.charAt(start) == '(') {
            start = skipParensAndTrivia(start, end);
        }
        int stop = identifierEnd(start, end);
        if (stop - start == name.length() && source.startsWith(name, start)) {
            return start;
        }
        if (stop - start > name.length() && source.indexOf('\\', start) >= 0 && source.indexOf('\\', start) < stop) {
            return start;
        }
        return -1;
    }

    /** End of the identifier (possibly with escapes) that starts at {@code start}, within {@code limit}. */
    private int identifierEnd(int start, int limit) {
        int i = start;
        while (i < limit) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                if (i < limit && source.charAt(i) == '{') {
                    while (i < limit && source.charAt(i) != '}') {
                        i++;
                    }
                    i++;
                }
            } else if (Character.isJavaIdentifierPart(c) && c != '\u0000') {
                i++;
            } else {
                break;
            }
        }
        return Math.min(i, limit);
    }

    private int skipParensAndTrivia(int p, int limit) {
        p = skipTrivia(p, limit);
        while (p < limit && source.charAt(p) == '(') {
            p = skipTrivia(p + 1, limit);
        }
        return p;
    }

    private static boolean isDeclarationName(IdentNode id, Node parent) {
        if (parent instanceof FunctionNode f) {
            return f.getIdent() == id || f.getParameters().contains(id);
        }
        if (parent instanceof ClassNode c) {
            return c.getIdent() == id;
        }
        if (parent instanceof CatchNode c) {
            return c.getException() == id;
        }
        return parent instanceof VarNode v && v.getName() == id;
    }

    /**
     * The innermost scope that declares {@code name} is the module scope. A module-level
     * declaration of an imported name is a redeclaration error, so there it is the import
     * (the parser flags named imports as import bindings but a namespace import as a const).
     */
    private boolean resolvesToImport(String name) {
        for (Scope scope = lc.getCurrentScope(); scope != null; scope = scope.getParent()) {
            if (scope.getExistingSymbol(name) != null) {
                return scope.isModuleScope();
            }
        }
        return false;
    }

    /**
     * {@code arguments} outside every non-arrow function: the global reference. (Strict code
     * cannot declare a binding named arguments, and the parser's own module-level
     * {@code arguments} symbol is GraalJS's, not the language's.)
     */
    private boolean isModuleLevelArguments() {
        FunctionNode function = lc.getCurrentNonArrowFunction();
        return function != null && function.isModule();
    }

    /**
     * Whether the reference is written: the left side of an assignment, the operand of
     * {@code ++}/{@code --}, a for-in/of target, or an element of a destructuring
     * assignment pattern (at any depth, including rest elements and defaults).
     */
    private boolean isAssignmentTarget(Node node, int parentIndex) {
        Node child = node;
        for (int i = parentIndex; i >= 0; i--) {
            Node p = parents[i];
            if (p instanceof BinaryNode b) {
                return b.isAssignment() && b.getLhs() == child;
            }
            if (p instanceof UnaryNode u) {
                TokenType t = u.tokenType();
                if (t == TokenType.INCPREFIX || t == TokenType.DECPREFIX || t == TokenType.INCPOSTFIX
                        || t == TokenType.DECPOSTFIX) {
                    return true;
                }
                if (t == TokenType.SPREAD_ARRAY || t == TokenType.SPREAD_OBJECT) {
                    child = u;
                    continue;
                }
                return false;
            }
            if (p instanceof ForNode f) {
                return f.isForInOrOf() && f.getInit() == child;
            }
            if (p instanceof PropertyNode pn) {
                if (pn.getValue() == child || (pn.getKey() == child && child instanceof UnaryNode)) {
                    child = pn;
                    continue;
                }
                return false;
            }
            if (p instanceof ObjectNode || p instanceof LiteralNode.ArrayLiteralNode) {
                child = p;
                continue;
            }
            return false;
        }
        return false;
    }

    /** The reference starts the constructor expression of {@code new}: needs parentheses around the call. */
    private boolean isNewCallee(Node node, int parentIndex) {
        Node child = node;
        for (int i = parentIndex; i >= 0; i--) {
            Node p = parents[i];
            if (p instanceof AccessNode a && a.getBase() == child || p instanceof IndexNode x && x.getBase() == child) {
                child = p;
                continue;
            }
            if (p instanceof CallNode tagged && tagged.getFunction() == child && !tagged.getArgs().isEmpty()
                    && tagged.getArgs().get(0) instanceof com.oracle.js.parser.ir.TemplateLiteralNode.TaggedTemplateLiteralNode) {
                child = p;
                continue;
            }
            if (p instanceof CallNode call && call.getFunction() == child) {
                if (call.isNew()) {
                    return true;
                }
                return i > 0 && parents[i - 1] instanceof UnaryNode u && u.tokenType() == TokenType.NEW
                        && u.getExpression() == call;
            }
            return false;
        }
        return false;
    }
}
