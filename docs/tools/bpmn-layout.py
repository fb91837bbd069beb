# The source of processes/*.bpmn: both chains written as a compact grid, rendered to BPMN 2.0 with the
# diagram interchange Cockpit draws. Edit this file, never the .bpmn files by hand, then run
#     python3 docs/tools/bpmn-layout.py
# which rewrites processes/so-ban-hanh.bpmn and processes/so-trinh-ubnd.bpmn. ProcessModelTests then holds
# the result to the Java side: step ids (vn.vanthu.workflow.Step), bean names (Chains.BEANS), decision values
# (Decision) and role groups (vn.vanthu.directory.Role). Who acts and where a gateway goes are asked of the
# bean "chains" (the stored dispatch), never of a process variable, except the checked "decision".
import html
W,H = 120, 80   # task size
GX, GY = 170, 130  # grid spacing
X0, Y0 = 60, 80

def esc(s): return html.escape(s, quote=True)

class P:
    def __init__(s, pid, name):
        s.pid, s.name = pid, name
        s.nodes = []   # (id, kind, name, col, row, attrs, inner)
        s.flows = []   # (id, src, tgt, name, cond, waypoints)
        s.subs = []
    def node(s, nid, kind, name, col, row, attrs='', inner=''):
        s.nodes.append((nid, kind, name, col, row, attrs, inner)); return nid
    def flow(s, src, tgt, name='', cond=None, fid=None, via=None, default=False):
        fid = fid or f"{src}-{tgt}"
        s.flows.append((fid, src, tgt, name, cond, via, default)); return fid

def size(kind):
    if kind in ('startEvent','endEvent'): return (36,36)
    if kind.endswith('Gateway'): return (50,50)
    return (W,H)

def box(n):
    nid, kind, name, col, row, attrs, inner = n
    w,h = size(kind)
    cx = X0 + col*GX + W/2; cy = Y0 + row*GY + H/2
    return cx-w/2, cy-h/2, w, h

def render(p, exts=''):
    byid = {n[0]: n for n in p.nodes}
    defaults = {f[1]: f[0] for f in p.flows if f[6]}
    out = []
    out.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="defs-%s" targetNamespace="http://vanthu.vn/bpmn" exporter="vanthu" exporterVersion="1">' % p.pid)
    out.append('  <bpmn:process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P3650D">' % (p.pid, esc(p.name)))
    for n in p.nodes:
        nid, kind, name, col, row, attrs, inner = n
        if kind == 'boundaryEvent': continue
        d = (' default="%s"' % defaults[nid]) if nid in defaults else ''
        incoming = [f[0] for f in p.flows if f[2]==nid]; outgoing=[f[0] for f in p.flows if f[1]==nid]
        body = ''.join('<bpmn:incoming>%s</bpmn:incoming>' % i for i in incoming) + ''.join('<bpmn:outgoing>%s</bpmn:outgoing>' % o for o in outgoing)
        before, _, after = inner.partition('@@')
        out.append('    <bpmn:%s id="%s" name="%s"%s%s>%s%s%s</bpmn:%s>' % (kind, nid, esc(name), attrs, d, before, body, after, kind))
    for n in p.nodes:
        nid, kind, name, col, row, attrs, inner = n
        if kind != 'boundaryEvent': continue
        outgoing=[f[0] for f in p.flows if f[1]==nid]
        body = ''.join('<bpmn:outgoing>%s</bpmn:outgoing>' % o for o in outgoing)
        out.append('    <bpmn:boundaryEvent id="%s" name="%s"%s>%s%s</bpmn:boundaryEvent>' % (nid, esc(name), attrs, body, inner))
    for fid, src, tgt, name, cond, via, default in p.flows:
        c = ('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">%s</bpmn:conditionExpression>' % esc(cond)) if cond else ''
        out.append('    <bpmn:sequenceFlow id="%s" name="%s" sourceRef="%s" targetRef="%s">%s</bpmn:sequenceFlow>' % (fid, esc(name), src, tgt, c))
    out.append('  </bpmn:process>')
    out.append('  <bpmndi:BPMNDiagram id="diagram-%s"><bpmndi:BPMNPlane id="plane-%s" bpmnElement="%s">' % (p.pid, p.pid, p.pid))
    for n in p.nodes:
        x,y,w,h = box(n)
        if n[1]=='boundaryEvent':
            # attach on the bottom edge of its host
            host = byid[n[5].split('attachedToRef="')[1].split('"')[0]]
            hx,hy,hw,hh = box(host)
            off = 20 if 'cancelActivity="false"' in n[5] else hw-56
            x,y,w,h = hx+off, hy+hh-18, 36, 36
            n2 = n
        out.append('    <bpmndi:BPMNShape id="%s_di" bpmnElement="%s"%s><dc:Bounds x="%d" y="%d" width="%d" height="%d"/><bpmndi:BPMNLabel/></bpmndi:BPMNShape>' % (n[0], n[0], ' isMarkerVisible="true"' if n[1]=='exclusiveGateway' else '', x,y,w,h))
    bpos = {}
    for n in p.nodes:
        if n[1]=='boundaryEvent':
            host = byid[n[5].split('attachedToRef="')[1].split('"')[0]]
            hx,hy,hw,hh = box(host)
            off = 20 if 'cancelActivity="false"' in n[5] else hw-56
            bpos[n[0]] = (hx+off, hy+hh-18, 36, 36)
    def ctr(nid):
        if nid in bpos:
            x,y,w,h = bpos[nid]; return (x+w/2, y+h)
        x,y,w,h = box(byid[nid]); return (x+w/2, y+h/2)
    def edge(nid, toward):
        if nid in bpos:
            x,y,w,h = bpos[nid]; return (x+w/2, y+h)
        x,y,w,h = box(byid[nid]); cx,cy = x+w/2,y+h/2
        tx,ty = toward
        if abs(tx-cx) >= abs(ty-cy):
            return (x+w if tx>cx else x, cy)
        return (cx, y+h if ty>cy else y)
    for fid, src, tgt, name, cond, via, default in p.flows:
        pts = []
        sc, tc = ctr(src), ctr(tgt)
        if via:
            mids = [(X0+vx*GX+W/2 if isinstance(vx,(int,float)) else None, Y0+vy*GY+H/2) for vx,vy in via]
            first = mids[0]; last = mids[-1]
            mids = [(m[0], m[1]) for m in mids]
            pts = [edge(src, mids[0])] + mids + [edge(tgt, mids[-1])]
        else:
            a = edge(src, tc); b = edge(tgt, sc)
            if abs(a[1]-b[1]) < 1 or abs(a[0]-b[0]) < 1:
                pts = [a,b]
            else:
                pts = [a, (b[0], a[1]), b] if abs(a[1]-sc[1])<1 else [a,(a[0],b[1]),b]
        wp = ''.join('<di:waypoint x="%d" y="%d"/>' % (px,py) for px,py in pts)
        out.append('    <bpmndi:BPMNEdge id="%s_di" bpmnElement="%s">%s</bpmndi:BPMNEdge>' % (fid, fid, wp))
    out.append('  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    out.append('</bpmn:definitions>')
    return '\n'.join(out) + '\n'

def ext(*items): return '<bpmn:extensionElements>%s</bpmn:extensionElements>' % ''.join(items)
def tl(expr='${decisionRecorder}', event='complete'): return '<camunda:taskListener event="%s" delegateExpression="%s"/>' % (event, expr)
def tasklisteners(): return tl('${taskCreated}', 'create') + tl()
def el(expr, event='start'): return '<camunda:executionListener event="%s" delegateExpression="%s"/>' % (event, expr)
def user(p, nid, name, col, row, form, assignee=None, groups=None, inner_extra=''):
    a = ' camunda:formKey="embedded:/forms/%s.html"' % form
    if assignee: a += ' camunda:assignee="%s"' % assignee
    if groups: a += ' camunda:candidateGroups="%s"' % groups
    # the version the step decides on is rendered when the step starts, before its task exists
    return p.node(nid, 'userTask', name, col, row, a, ext(el('${stepEntered}'), tasklisteners()) + inner_extra)
def service(p, nid, name, col, row, expr):
    return p.node(nid, 'serviceTask', name, col, row, ' camunda:asyncBefore="true" camunda:delegateExpression="%s"' % expr)
def gw(p, nid, name, col, row): return p.node(nid, 'exclusiveGateway', name, col, row)
RET = "${decision == 'return'}"
REJ = "${decision == 'reject'}"
DRAFTER = '${chains.drafter(execution)}'
SIGNER = '${chains.signer(execution)}'
def own(role): return "${chains.group(execution, '%s')}" % role
def ubnd(role): return "${chains.ubndGroup('%s')}" % role
START = ' camunda:formKey="embedded:/forms/khoi-tao.html"'
import os
HERE = os.path.dirname(__file__)

# 1. Sở issues its own dispatch (seed 004)
p = P('so-ban-hanh', 'Sở ban hành văn bản')
p.node('bat-dau', 'startEvent', 'Khởi tạo văn bản', 0, 0, START, ext(el('${chainStarted}')))
user(p, 'soan-thao', 'Soạn thảo, hoàn thiện dự thảo', 1, 0, 'soan-thao', assignee=DRAFTER)
user(p, 'truong-phong-duyet', 'Trưởng phòng duyệt', 2, 0, 'duyet', groups=own('truongphong'))
gw(p, 'tp-quyet-dinh', 'Trưởng phòng quyết định', 3, 0)
user(p, 'lanh-dao-so-ky', 'Lãnh đạo Sở ký', 4, 0, 'ky', assignee=SIGNER)
gw(p, 'so-ky-quyet-dinh', 'Lãnh đạo Sở quyết định', 5, 0)
user(p, 'van-thu-so-phat-hanh', 'Văn thư Sở cấp số, phát hành', 6, 0, 'phat-hanh', groups=own('vanthu'))
gw(p, 'vt-so-quyet-dinh', 'Văn thư quyết định', 7, 0)
service(p, 'cap-so-phat-hanh', 'Cấp số, ngày và phát hành', 8, 0, '${issueDispatch}')
p.node('da-ban-hanh', 'endEvent', 'Đã phát hành', 9, 0)
p.node('khong-ban-hanh', 'endEvent', 'Không ký ban hành', 5, 1)
p.flow('bat-dau', 'soan-thao'); p.flow('soan-thao', 'truong-phong-duyet'); p.flow('truong-phong-duyet', 'tp-quyet-dinh')
p.flow('tp-quyet-dinh', 'soan-thao', 'Trả lại', RET, via=[(3,-0.9),(1,-0.9)])
p.flow('tp-quyet-dinh', 'lanh-dao-so-ky', 'Đồng ý', default=True)
p.flow('lanh-dao-so-ky', 'so-ky-quyet-dinh')
p.flow('so-ky-quyet-dinh', 'soan-thao', 'Trả lại', RET, via=[(5,-1.2),(1.2,-1.2)])
p.flow('so-ky-quyet-dinh', 'khong-ban-hanh', 'Không ký', REJ)
p.flow('so-ky-quyet-dinh', 'van-thu-so-phat-hanh', 'Ký', default=True)
p.flow('van-thu-so-phat-hanh', 'vt-so-quyet-dinh')
# the văn thư sends a signed text back to its signer (signed in a month that has passed, or a fault she found)
p.flow('vt-so-quyet-dinh', 'lanh-dao-so-ky', 'Trả lại người ký', RET, via=[(7,1.5),(4,1.5)])
p.flow('vt-so-quyet-dinh', 'cap-so-phat-hanh', 'Cấp số', default=True); p.flow('cap-so-phat-hanh', 'da-ban-hanh')
open(os.path.join(HERE, '..', '..', 'processes', 'so-ban-hanh.bpmn'), 'w').write(render(p))

# 2. Sở drafts for UBND, with consultation (seed 002)
q = P('so-trinh-ubnd', 'Sở soạn thảo, trình UBND tỉnh ban hành')
q.node('bat-dau', 'startEvent', 'Khởi tạo văn bản', 0, 0, START, ext(el('${chainStarted}')))
user(q, 'soan-thao', 'Soạn thảo, hoàn thiện dự thảo', 1, 0, 'soan-thao', assignee=DRAFTER)
user(q, 'truong-phong-duyet', 'Trưởng phòng duyệt', 2, 0, 'duyet', groups=own('truongphong'))
gw(q, 'tp-quyet-dinh', 'Trưởng phòng quyết định', 3, 0)
gw(q, 'can-xin-y-kien', 'Cần xin ý kiến?', 4, 0)
service(q, 'dat-han-y-kien', 'Gửi xin ý kiến, đặt hạn', 5, 0, '${consultationOpened}')
mi = '<bpmn:multiInstanceLoopCharacteristics camunda:collection="${chains.consultedAgencies(execution)}" camunda:elementVariable="consultedAgency"/>'
q.node('cho-y-kien', 'userTask', 'Cơ quan được hỏi cho ý kiến', 6, 0, ' camunda:formKey="embedded:/forms/y-kien.html" camunda:candidateGroups="${consultedAgency}-lanhdao"', ext(el('${stepEntered}'), tasklisteners()) + '@@' + mi)
q.node('het-han-y-kien', 'boundaryEvent', 'Hết hạn cho ý kiến', 6, 0, ' attachedToRef="cho-y-kien"', '<bpmn:timerEventDefinition id="het-han-timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${chains.consultationDue(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>')
q.node('nhac-han', 'boundaryEvent', 'Nhắc trước hạn', 6, 0, ' attachedToRef="cho-y-kien" cancelActivity="false"', '<bpmn:timerEventDefinition id="nhac-han-timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${chains.reminderDue(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>')
service(q, 'nhac-y-kien', 'Nhắc cơ quan chưa trả lời', 5.6, 1.3, '${consultationReminder}')
q.node('da-nhac', 'endEvent', 'Đã nhắc', 5.6, 2.3)
service(q, 'ghi-nhan-nhat-tri', 'Quá hạn: coi như nhất trí', 7, 1.3, '${consultationExpired}')
q.node('y-kien-xong', 'exclusiveGateway', 'Đủ ý kiến', 7.2, 0, '', ext(el('${consultationClosed}')))
user(q, 'tong-hop-y-kien', 'Tổng hợp, tiếp thu, giải trình ý kiến', 8, 0, 'tong-hop', assignee=DRAFTER)
service(q, 'lap-bang-tong-hop', 'Lập bảng tổng hợp ý kiến', 9, 0, '${consultationSummarised}')
gw(q, 'san-sang-trinh', 'Sẵn sàng trình ký', 10, 0)
user(q, 'lanh-dao-so-ky-to-trinh', 'Lãnh đạo Sở ký văn bản trình', 11, 0, 'ky', assignee='${chains.submissionSigner(execution)}')
gw(q, 'so-ky-quyet-dinh', 'Lãnh đạo Sở quyết định', 12, 0)
user(q, 'van-thu-so-cap-so', 'Văn thư Sở cấp số văn bản trình', 13, 0, 'phat-hanh', groups=own('vanthu'))
gw(q, 'vt-so-quyet-dinh', 'Văn thư Sở quyết định', 14, 0)
service(q, 'cap-so-to-trinh', 'Cấp số văn bản trình, gửi UBND', 15, 0, '${submissionIssued}')
gw(q, 'trinh-ubnd', 'Trình UBND tỉnh', 16, 0)
user(q, 'vp-ubnd-tham-dinh', 'Văn phòng UBND thẩm định', 17, 0, 'duyet', groups=ubnd('chuyenvien'))
gw(q, 'vp-quyet-dinh', 'Văn phòng UBND quyết định', 18, 0)
user(q, 'chanh-van-phong-duyet', 'Chánh Văn phòng UBND trình ký', 19, 0, 'duyet', groups=ubnd('chanhvanphong'))
gw(q, 'cvp-quyet-dinh', 'Chánh Văn phòng quyết định', 20, 0)
user(q, 'lanh-dao-ubnd-ky', 'Lãnh đạo UBND tỉnh ký', 21, 0, 'ky', assignee=SIGNER)
gw(q, 'ubnd-ky-quyet-dinh', 'Lãnh đạo UBND quyết định', 22, 0)
user(q, 'van-thu-ubnd-phat-hanh', 'Văn thư UBND cấp số, phát hành', 23, 0, 'phat-hanh', groups=ubnd('vanthu'))
gw(q, 'vt-ubnd-quyet-dinh', 'Văn thư UBND quyết định', 24, 0)
service(q, 'cap-so-phat-hanh', 'Cấp số, ngày và phát hành', 25, 0, '${issueDispatch}')
q.node('da-ban-hanh', 'endEvent', 'Đã phát hành', 26, 0)
q.node('khong-trinh', 'endEvent', 'Sở không ký trình', 12, 1)
q.node('khong-ban-hanh', 'endEvent', 'UBND không ký ban hành', 22, 1)
q.flow('bat-dau', 'soan-thao'); q.flow('soan-thao', 'truong-phong-duyet'); q.flow('truong-phong-duyet', 'tp-quyet-dinh')
q.flow('tp-quyet-dinh', 'soan-thao', 'Trả lại', RET, via=[(3,-0.9),(1,-0.9)])
q.flow('tp-quyet-dinh', 'can-xin-y-kien', 'Đồng ý', default=True)
q.flow('can-xin-y-kien', 'dat-han-y-kien', 'Có', '${chains.consultationNeeded(execution)}')
q.flow('can-xin-y-kien', 'san-sang-trinh', 'Không', default=True, via=[(4,1.9),(10,1.9)])
q.flow('dat-han-y-kien', 'cho-y-kien'); q.flow('cho-y-kien', 'y-kien-xong')
q.flow('nhac-han', 'nhac-y-kien'); q.flow('nhac-y-kien', 'da-nhac')
q.flow('het-han-y-kien', 'ghi-nhan-nhat-tri'); q.flow('ghi-nhan-nhat-tri', 'y-kien-xong')
q.flow('y-kien-xong', 'tong-hop-y-kien'); q.flow('tong-hop-y-kien', 'lap-bang-tong-hop'); q.flow('lap-bang-tong-hop', 'san-sang-trinh')
q.flow('san-sang-trinh', 'lanh-dao-so-ky-to-trinh'); q.flow('lanh-dao-so-ky-to-trinh', 'so-ky-quyet-dinh')
q.flow('so-ky-quyet-dinh', 'soan-thao', 'Trả lại', RET, via=[(12,-1.2),(1.2,-1.2)])
q.flow('so-ky-quyet-dinh', 'khong-trinh', 'Không ký', REJ)
q.flow('so-ky-quyet-dinh', 'van-thu-so-cap-so', 'Ký', default=True)
q.flow('van-thu-so-cap-so', 'vt-so-quyet-dinh')
q.flow('vt-so-quyet-dinh', 'lanh-dao-so-ky-to-trinh', 'Trả lại người ký', RET, via=[(14,1.5),(11,1.5)])
q.flow('vt-so-quyet-dinh', 'cap-so-to-trinh', 'Cấp số', default=True); q.flow('cap-so-to-trinh', 'trinh-ubnd')
q.flow('trinh-ubnd', 'vp-ubnd-tham-dinh'); q.flow('vp-ubnd-tham-dinh', 'vp-quyet-dinh')
q.flow('vp-quyet-dinh', 'soan-thao', 'Trả lại Sở', RET, via=[(18,-1.5),(1.4,-1.5)])
q.flow('vp-quyet-dinh', 'chanh-van-phong-duyet', 'Đồng ý', default=True)
q.flow('chanh-van-phong-duyet', 'cvp-quyet-dinh')
q.flow('cvp-quyet-dinh', 'vp-ubnd-tham-dinh', 'Trả lại chuyên viên', RET, via=[(20,-0.7),(17,-0.7)])
q.flow('cvp-quyet-dinh', 'lanh-dao-ubnd-ky', 'Trình ký', default=True)
q.flow('lanh-dao-ubnd-ky', 'ubnd-ky-quyet-dinh')
q.flow('ubnd-ky-quyet-dinh', 'soan-thao', 'Trả lại', RET, via=[(22,-1.8),(1.6,-1.8)])
q.flow('ubnd-ky-quyet-dinh', 'khong-ban-hanh', 'Không ký', REJ)
q.flow('ubnd-ky-quyet-dinh', 'van-thu-ubnd-phat-hanh', 'Ký', default=True)
q.flow('van-thu-ubnd-phat-hanh', 'vt-ubnd-quyet-dinh')
q.flow('vt-ubnd-quyet-dinh', 'lanh-dao-ubnd-ky', 'Trả lại người ký', RET, via=[(24,1.5),(21,1.5)])
q.flow('vt-ubnd-quyet-dinh', 'cap-so-phat-hanh', 'Cấp số', default=True); q.flow('cap-so-phat-hanh', 'da-ban-hanh')
open(os.path.join(HERE, '..', '..', 'processes', 'so-trinh-ubnd.bpmn'), 'w').write(render(q))
