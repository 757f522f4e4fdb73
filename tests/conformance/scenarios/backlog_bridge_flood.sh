# One transmit that fans out past net.core.netdev_max_backlog (1000): br0's
# broadcast flooded to its 1023 ports (the most a bridge takes) is 1023 frames
# queued on the CPU's backlog before the softirq runs. The queue holds 1001;
# the last 22 ports flooded (the first added: the port list is newest first)
# count an RX drop on the peer (CPU_BACKLOG) and a TX drop on the port.
# (No multicast snooping: its IGMP reports would be flooded too, in their time.)
sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
ip link add br0 type bridge mcast_snooping 0
ip link set br0 up
ip -b - <<END
link add p1 master br0 type veth peer name q1
link set q1 up
link set p1 up
link add p2 master br0 type veth peer name q2
link set q2 up
link set p2 up
link add p3 master br0 type veth peer name q3
link set q3 up
link set p3 up
link add p4 master br0 type veth peer name q4
link set q4 up
link set p4 up
link add p5 master br0 type veth peer name q5
link set q5 up
link set p5 up
link add p6 master br0 type veth peer name q6
link set q6 up
link set p6 up
link add p7 master br0 type veth peer name q7
link set q7 up
link set p7 up
link add p8 master br0 type veth peer name q8
link set q8 up
link set p8 up
link add p9 master br0 type veth peer name q9
link set q9 up
link set p9 up
link add p10 master br0 type veth peer name q10
link set q10 up
link set p10 up
link add p11 master br0 type veth peer name q11
link set q11 up
link set p11 up
link add p12 master br0 type veth peer name q12
link set q12 up
link set p12 up
link add p13 master br0 type veth peer name q13
link set q13 up
link set p13 up
link add p14 master br0 type veth peer name q14
link set q14 up
link set p14 up
link add p15 master br0 type veth peer name q15
link set q15 up
link set p15 up
link add p16 master br0 type veth peer name q16
link set q16 up
link set p16 up
link add p17 master br0 type veth peer name q17
link set q17 up
link set p17 up
link add p18 master br0 type veth peer name q18
link set q18 up
link set p18 up
link add p19 master br0 type veth peer name q19
link set q19 up
link set p19 up
link add p20 master br0 type veth peer name q20
link set q20 up
link set p20 up
link add p21 master br0 type veth peer name q21
link set q21 up
link set p21 up
link add p22 master br0 type veth peer name q22
link set q22 up
link set p22 up
link add p23 master br0 type veth peer name q23
link set q23 up
link set p23 up
link add p24 master br0 type veth peer name q24
link set q24 up
link set p24 up
link add p25 master br0 type veth peer name q25
link set q25 up
link set p25 up
link add p26 master br0 type veth peer name q26
link set q26 up
link set p26 up
link add p27 master br0 type veth peer name q27
link set q27 up
link set p27 up
link add p28 master br0 type veth peer name q28
link set q28 up
link set p28 up
link add p29 master br0 type veth peer name q29
link set q29 up
link set p29 up
link add p30 master br0 type veth peer name q30
link set q30 up
link set p30 up
link add p31 master br0 type veth peer name q31
link set q31 up
link set p31 up
link add p32 master br0 type veth peer name q32
link set q32 up
link set p32 up
link add p33 master br0 type veth peer name q33
link set q33 up
link set p33 up
link add p34 master br0 type veth peer name q34
link set q34 up
link set p34 up
link add p35 master br0 type veth peer name q35
link set q35 up
link set p35 up
link add p36 master br0 type veth peer name q36
link set q36 up
link set p36 up
link add p37 master br0 type veth peer name q37
link set q37 up
link set p37 up
link add p38 master br0 type veth peer name q38
link set q38 up
link set p38 up
link add p39 master br0 type veth peer name q39
link set q39 up
link set p39 up
link add p40 master br0 type veth peer name q40
link set q40 up
link set p40 up
link add p41 master br0 type veth peer name q41
link set q41 up
link set p41 up
link add p42 master br0 type veth peer name q42
link set q42 up
link set p42 up
link add p43 master br0 type veth peer name q43
link set q43 up
link set p43 up
link add p44 master br0 type veth peer name q44
link set q44 up
link set p44 up
link add p45 master br0 type veth peer name q45
link set q45 up
link set p45 up
link add p46 master br0 type veth peer name q46
link set q46 up
link set p46 up
link add p47 master br0 type veth peer name q47
link set q47 up
link set p47 up
link add p48 master br0 type veth peer name q48
link set q48 up
link set p48 up
link add p49 master br0 type veth peer name q49
link set q49 up
link set p49 up
link add p50 master br0 type veth peer name q50
link set q50 up
link set p50 up
link add p51 master br0 type veth peer name q51
link set q51 up
link set p51 up
link add p52 master br0 type veth peer name q52
link set q52 up
link set p52 up
link add p53 master br0 type veth peer name q53
link set q53 up
link set p53 up
link add p54 master br0 type veth peer name q54
link set q54 up
link set p54 up
link add p55 master br0 type veth peer name q55
link set q55 up
link set p55 up
link add p56 master br0 type veth peer name q56
link set q56 up
link set p56 up
link add p57 master br0 type veth peer name q57
link set q57 up
link set p57 up
link add p58 master br0 type veth peer name q58
link set q58 up
link set p58 up
link add p59 master br0 type veth peer name q59
link set q59 up
link set p59 up
link add p60 master br0 type veth peer name q60
link set q60 up
link set p60 up
link add p61 master br0 type veth peer name q61
link set q61 up
link set p61 up
link add p62 master br0 type veth peer name q62
link set q62 up
link set p62 up
link add p63 master br0 type veth peer name q63
link set q63 up
link set p63 up
link add p64 master br0 type veth peer name q64
link set q64 up
link set p64 up
link add p65 master br0 type veth peer name q65
link set q65 up
link set p65 up
link add p66 master br0 type veth peer name q66
link set q66 up
link set p66 up
link add p67 master br0 type veth peer name q67
link set q67 up
link set p67 up
link add p68 master br0 type veth peer name q68
link set q68 up
link set p68 up
link add p69 master br0 type veth peer name q69
link set q69 up
link set p69 up
link add p70 master br0 type veth peer name q70
link set q70 up
link set p70 up
link add p71 master br0 type veth peer name q71
link set q71 up
link set p71 up
link add p72 master br0 type veth peer name q72
link set q72 up
link set p72 up
link add p73 master br0 type veth peer name q73
link set q73 up
link set p73 up
link add p74 master br0 type veth peer name q74
link set q74 up
link set p74 up
link add p75 master br0 type veth peer name q75
link set q75 up
link set p75 up
link add p76 master br0 type veth peer name q76
link set q76 up
link set p76 up
link add p77 master br0 type veth peer name q77
link set q77 up
link set p77 up
link add p78 master br0 type veth peer name q78
link set q78 up
link set p78 up
link add p79 master br0 type veth peer name q79
link set q79 up
link set p79 up
link add p80 master br0 type veth peer name q80
link set q80 up
link set p80 up
link add p81 master br0 type veth peer name q81
link set q81 up
link set p81 up
link add p82 master br0 type veth peer name q82
link set q82 up
link set p82 up
link add p83 master br0 type veth peer name q83
link set q83 up
link set p83 up
link add p84 master br0 type veth peer name q84
link set q84 up
link set p84 up
link add p85 master br0 type veth peer name q85
link set q85 up
link set p85 up
link add p86 master br0 type veth peer name q86
link set q86 up
link set p86 up
link add p87 master br0 type veth peer name q87
link set q87 up
link set p87 up
link add p88 master br0 type veth peer name q88
link set q88 up
link set p88 up
link add p89 master br0 type veth peer name q89
link set q89 up
link set p89 up
link add p90 master br0 type veth peer name q90
link set q90 up
link set p90 up
link add p91 master br0 type veth peer name q91
link set q91 up
link set p91 up
link add p92 master br0 type veth peer name q92
link set q92 up
link set p92 up
link add p93 master br0 type veth peer name q93
link set q93 up
link set p93 up
link add p94 master br0 type veth peer name q94
link set q94 up
link set p94 up
link add p95 master br0 type veth peer name q95
link set q95 up
link set p95 up
link add p96 master br0 type veth peer name q96
link set q96 up
link set p96 up
link add p97 master br0 type veth peer name q97
link set q97 up
link set p97 up
link add p98 master br0 type veth peer name q98
link set q98 up
link set p98 up
link add p99 master br0 type veth peer name q99
link set q99 up
link set p99 up
link add p100 master br0 type veth peer name q100
link set q100 up
link set p100 up
link add p101 master br0 type veth peer name q101
link set q101 up
link set p101 up
link add p102 master br0 type veth peer name q102
link set q102 up
link set p102 up
link add p103 master br0 type veth peer name q103
link set q103 up
link set p103 up
link add p104 master br0 type veth peer name q104
link set q104 up
link set p104 up
link add p105 master br0 type veth peer name q105
link set q105 up
link set p105 up
link add p106 master br0 type veth peer name q106
link set q106 up
link set p106 up
link add p107 master br0 type veth peer name q107
link set q107 up
link set p107 up
link add p108 master br0 type veth peer name q108
link set q108 up
link set p108 up
link add p109 master br0 type veth peer name q109
link set q109 up
link set p109 up
link add p110 master br0 type veth peer name q110
link set q110 up
link set p110 up
link add p111 master br0 type veth peer name q111
link set q111 up
link set p111 up
link add p112 master br0 type veth peer name q112
link set q112 up
link set p112 up
link add p113 master br0 type veth peer name q113
link set q113 up
link set p113 up
link add p114 master br0 type veth peer name q114
link set q114 up
link set p114 up
link add p115 master br0 type veth peer name q115
link set q115 up
link set p115 up
link add p116 master br0 type veth peer name q116
link set q116 up
link set p116 up
link add p117 master br0 type veth peer name q117
link set q117 up
link set p117 up
link add p118 master br0 type veth peer name q118
link set q118 up
link set p118 up
link add p119 master br0 type veth peer name q119
link set q119 up
link set p119 up
link add p120 master br0 type veth peer name q120
link set q120 up
link set p120 up
link add p121 master br0 type veth peer name q121
link set q121 up
link set p121 up
link add p122 master br0 type veth peer name q122
link set q122 up
link set p122 up
link add p123 master br0 type veth peer name q123
link set q123 up
link set p123 up
link add p124 master br0 type veth peer name q124
link set q124 up
link set p124 up
link add p125 master br0 type veth peer name q125
link set q125 up
link set p125 up
link add p126 master br0 type veth peer name q126
link set q126 up
link set p126 up
link add p127 master br0 type veth peer name q127
link set q127 up
link set p127 up
link add p128 master br0 type veth peer name q128
link set q128 up
link set p128 up
link add p129 master br0 type veth peer name q129
link set q129 up
link set p129 up
link add p130 master br0 type veth peer name q130
link set q130 up
link set p130 up
link add p131 master br0 type veth peer name q131
link set q131 up
link set p131 up
link add p132 master br0 type veth peer name q132
link set q132 up
link set p132 up
link add p133 master br0 type veth peer name q133
link set q133 up
link set p133 up
link add p134 master br0 type veth peer name q134
link set q134 up
link set p134 up
link add p135 master br0 type veth peer name q135
link set q135 up
link set p135 up
link add p136 master br0 type veth peer name q136
link set q136 up
link set p136 up
link add p137 master br0 type veth peer name q137
link set q137 up
link set p137 up
link add p138 master br0 type veth peer name q138
link set q138 up
link set p138 up
link add p139 master br0 type veth peer name q139
link set q139 up
link set p139 up
link add p140 master br0 type veth peer name q140
link set q140 up
link set p140 up
link add p141 master br0 type veth peer name q141
link set q141 up
link set p141 up
link add p142 master br0 type veth peer name q142
link set q142 up
link set p142 up
link add p143 master br0 type veth peer name q143
link set q143 up
link set p143 up
link add p144 master br0 type veth peer name q144
link set q144 up
link set p144 up
link add p145 master br0 type veth peer name q145
link set q145 up
link set p145 up
link add p146 master br0 type veth peer name q146
link set q146 up
link set p146 up
link add p147 master br0 type veth peer name q147
link set q147 up
link set p147 up
link add p148 master br0 type veth peer name q148
link set q148 up
link set p148 up
link add p149 master br0 type veth peer name q149
link set q149 up
link set p149 up
link add p150 master br0 type veth peer name q150
link set q150 up
link set p150 up
link add p151 master br0 type veth peer name q151
link set q151 up
link set p151 up
link add p152 master br0 type veth peer name q152
link set q152 up
link set p152 up
link add p153 master br0 type veth peer name q153
link set q153 up
link set p153 up
link add p154 master br0 type veth peer name q154
link set q154 up
link set p154 up
link add p155 master br0 type veth peer name q155
link set q155 up
link set p155 up
link add p156 master br0 type veth peer name q156
link set q156 up
link set p156 up
link add p157 master br0 type veth peer name q157
link set q157 up
link set p157 up
link add p158 master br0 type veth peer name q158
link set q158 up
link set p158 up
link add p159 master br0 type veth peer name q159
link set q159 up
link set p159 up
link add p160 master br0 type veth peer name q160
link set q160 up
link set p160 up
link add p161 master br0 type veth peer name q161
link set q161 up
link set p161 up
link add p162 master br0 type veth peer name q162
link set q162 up
link set p162 up
link add p163 master br0 type veth peer name q163
link set q163 up
link set p163 up
link add p164 master br0 type veth peer name q164
link set q164 up
link set p164 up
link add p165 master br0 type veth peer name q165
link set q165 up
link set p165 up
link add p166 master br0 type veth peer name q166
link set q166 up
link set p166 up
link add p167 master br0 type veth peer name q167
link set q167 up
link set p167 up
link add p168 master br0 type veth peer name q168
link set q168 up
link set p168 up
link add p169 master br0 type veth peer name q169
link set q169 up
link set p169 up
link add p170 master br0 type veth peer name q170
link set q170 up
link set p170 up
link add p171 master br0 type veth peer name q171
link set q171 up
link set p171 up
link add p172 master br0 type veth peer name q172
link set q172 up
link set p172 up
link add p173 master br0 type veth peer name q173
link set q173 up
link set p173 up
link add p174 master br0 type veth peer name q174
link set q174 up
link set p174 up
link add p175 master br0 type veth peer name q175
link set q175 up
link set p175 up
link add p176 master br0 type veth peer name q176
link set q176 up
link set p176 up
link add p177 master br0 type veth peer name q177
link set q177 up
link set p177 up
link add p178 master br0 type veth peer name q178
link set q178 up
link set p178 up
link add p179 master br0 type veth peer name q179
link set q179 up
link set p179 up
link add p180 master br0 type veth peer name q180
link set q180 up
link set p180 up
link add p181 master br0 type veth peer name q181
link set q181 up
link set p181 up
link add p182 master br0 type veth peer name q182
link set q182 up
link set p182 up
link add p183 master br0 type veth peer name q183
link set q183 up
link set p183 up
link add p184 master br0 type veth peer name q184
link set q184 up
link set p184 up
link add p185 master br0 type veth peer name q185
link set q185 up
link set p185 up
link add p186 master br0 type veth peer name q186
link set q186 up
link set p186 up
link add p187 master br0 type veth peer name q187
link set q187 up
link set p187 up
link add p188 master br0 type veth peer name q188
link set q188 up
link set p188 up
link add p189 master br0 type veth peer name q189
link set q189 up
link set p189 up
link add p190 master br0 type veth peer name q190
link set q190 up
link set p190 up
link add p191 master br0 type veth peer name q191
link set q191 up
link set p191 up
link add p192 master br0 type veth peer name q192
link set q192 up
link set p192 up
link add p193 master br0 type veth peer name q193
link set q193 up
link set p193 up
link add p194 master br0 type veth peer name q194
link set q194 up
link set p194 up
link add p195 master br0 type veth peer name q195
link set q195 up
link set p195 up
link add p196 master br0 type veth peer name q196
link set q196 up
link set p196 up
link add p197 master br0 type veth peer name q197
link set q197 up
link set p197 up
link add p198 master br0 type veth peer name q198
link set q198 up
link set p198 up
link add p199 master br0 type veth peer name q199
link set q199 up
link set p199 up
link add p200 master br0 type veth peer name q200
link set q200 up
link set p200 up
link add p201 master br0 type veth peer name q201
link set q201 up
link set p201 up
link add p202 master br0 type veth peer name q202
link set q202 up
link set p202 up
link add p203 master br0 type veth peer name q203
link set q203 up
link set p203 up
link add p204 master br0 type veth peer name q204
link set q204 up
link set p204 up
link add p205 master br0 type veth peer name q205
link set q205 up
link set p205 up
link add p206 master br0 type veth peer name q206
link set q206 up
link set p206 up
link add p207 master br0 type veth peer name q207
link set q207 up
link set p207 up
link add p208 master br0 type veth peer name q208
link set q208 up
link set p208 up
link add p209 master br0 type veth peer name q209
link set q209 up
link set p209 up
link add p210 master br0 type veth peer name q210
link set q210 up
link set p210 up
link add p211 master br0 type veth peer name q211
link set q211 up
link set p211 up
link add p212 master br0 type veth peer name q212
link set q212 up
link set p212 up
link add p213 master br0 type veth peer name q213
link set q213 up
link set p213 up
link add p214 master br0 type veth peer name q214
link set q214 up
link set p214 up
link add p215 master br0 type veth peer name q215
link set q215 up
link set p215 up
link add p216 master br0 type veth peer name q216
link set q216 up
link set p216 up
link add p217 master br0 type veth peer name q217
link set q217 up
link set p217 up
link add p218 master br0 type veth peer name q218
link set q218 up
link set p218 up
link add p219 master br0 type veth peer name q219
link set q219 up
link set p219 up
link add p220 master br0 type veth peer name q220
link set q220 up
link set p220 up
link add p221 master br0 type veth peer name q221
link set q221 up
link set p221 up
link add p222 master br0 type veth peer name q222
link set q222 up
link set p222 up
link add p223 master br0 type veth peer name q223
link set q223 up
link set p223 up
link add p224 master br0 type veth peer name q224
link set q224 up
link set p224 up
link add p225 master br0 type veth peer name q225
link set q225 up
link set p225 up
link add p226 master br0 type veth peer name q226
link set q226 up
link set p226 up
link add p227 master br0 type veth peer name q227
link set q227 up
link set p227 up
link add p228 master br0 type veth peer name q228
link set q228 up
link set p228 up
link add p229 master br0 type veth peer name q229
link set q229 up
link set p229 up
link add p230 master br0 type veth peer name q230
link set q230 up
link set p230 up
link add p231 master br0 type veth peer name q231
link set q231 up
link set p231 up
link add p232 master br0 type veth peer name q232
link set q232 up
link set p232 up
link add p233 master br0 type veth peer name q233
link set q233 up
link set p233 up
link add p234 master br0 type veth peer name q234
link set q234 up
link set p234 up
link add p235 master br0 type veth peer name q235
link set q235 up
link set p235 up
link add p236 master br0 type veth peer name q236
link set q236 up
link set p236 up
link add p237 master br0 type veth peer name q237
link set q237 up
link set p237 up
link add p238 master br0 type veth peer name q238
link set q238 up
link set p238 up
link add p239 master br0 type veth peer name q239
link set q239 up
link set p239 up
link add p240 master br0 type veth peer name q240
link set q240 up
link set p240 up
link add p241 master br0 type veth peer name q241
link set q241 up
link set p241 up
link add p242 master br0 type veth peer name q242
link set q242 up
link set p242 up
link add p243 master br0 type veth peer name q243
link set q243 up
link set p243 up
link add p244 master br0 type veth peer name q244
link set q244 up
link set p244 up
link add p245 master br0 type veth peer name q245
link set q245 up
link set p245 up
link add p246 master br0 type veth peer name q246
link set q246 up
link set p246 up
link add p247 master br0 type veth peer name q247
link set q247 up
link set p247 up
link add p248 master br0 type veth peer name q248
link set q248 up
link set p248 up
link add p249 master br0 type veth peer name q249
link set q249 up
link set p249 up
link add p250 master br0 type veth peer name q250
link set q250 up
link set p250 up
link add p251 master br0 type veth peer name q251
link set q251 up
link set p251 up
link add p252 master br0 type veth peer name q252
link set q252 up
link set p252 up
link add p253 master br0 type veth peer name q253
link set q253 up
link set p253 up
link add p254 master br0 type veth peer name q254
link set q254 up
link set p254 up
link add p255 master br0 type veth peer name q255
link set q255 up
link set p255 up
link add p256 master br0 type veth peer name q256
link set q256 up
link set p256 up
link add p257 master br0 type veth peer name q257
link set q257 up
link set p257 up
link add p258 master br0 type veth peer name q258
link set q258 up
link set p258 up
link add p259 master br0 type veth peer name q259
link set q259 up
link set p259 up
link add p260 master br0 type veth peer name q260
link set q260 up
link set p260 up
link add p261 master br0 type veth peer name q261
link set q261 up
link set p261 up
link add p262 master br0 type veth peer name q262
link set q262 up
link set p262 up
link add p263 master br0 type veth peer name q263
link set q263 up
link set p263 up
link add p264 master br0 type veth peer name q264
link set q264 up
link set p264 up
link add p265 master br0 type veth peer name q265
link set q265 up
link set p265 up
link add p266 master br0 type veth peer name q266
link set q266 up
link set p266 up
link add p267 master br0 type veth peer name q267
link set q267 up
link set p267 up
link add p268 master br0 type veth peer name q268
link set q268 up
link set p268 up
link add p269 master br0 type veth peer name q269
link set q269 up
link set p269 up
link add p270 master br0 type veth peer name q270
link set q270 up
link set p270 up
link add p271 master br0 type veth peer name q271
link set q271 up
link set p271 up
link add p272 master br0 type veth peer name q272
link set q272 up
link set p272 up
link add p273 master br0 type veth peer name q273
link set q273 up
link set p273 up
link add p274 master br0 type veth peer name q274
link set q274 up
link set p274 up
link add p275 master br0 type veth peer name q275
link set q275 up
link set p275 up
link add p276 master br0 type veth peer name q276
link set q276 up
link set p276 up
link add p277 master br0 type veth peer name q277
link set q277 up
link set p277 up
link add p278 master br0 type veth peer name q278
link set q278 up
link set p278 up
link add p279 master br0 type veth peer name q279
link set q279 up
link set p279 up
link add p280 master br0 type veth peer name q280
link set q280 up
link set p280 up
link add p281 master br0 type veth peer name q281
link set q281 up
link set p281 up
link add p282 master br0 type veth peer name q282
link set q282 up
link set p282 up
link add p283 master br0 type veth peer name q283
link set q283 up
link set p283 up
link add p284 master br0 type veth peer name q284
link set q284 up
link set p284 up
link add p285 master br0 type veth peer name q285
link set q285 up
link set p285 up
link add p286 master br0 type veth peer name q286
link set q286 up
link set p286 up
link add p287 master br0 type veth peer name q287
link set q287 up
link set p287 up
link add p288 master br0 type veth peer name q288
link set q288 up
link set p288 up
link add p289 master br0 type veth peer name q289
link set q289 up
link set p289 up
link add p290 master br0 type veth peer name q290
link set q290 up
link set p290 up
link add p291 master br0 type veth peer name q291
link set q291 up
link set p291 up
link add p292 master br0 type veth peer name q292
link set q292 up
link set p292 up
link add p293 master br0 type veth peer name q293
link set q293 up
link set p293 up
link add p294 master br0 type veth peer name q294
link set q294 up
link set p294 up
link add p295 master br0 type veth peer name q295
link set q295 up
link set p295 up
link add p296 master br0 type veth peer name q296
link set q296 up
link set p296 up
link add p297 master br0 type veth peer name q297
link set q297 up
link set p297 up
link add p298 master br0 type veth peer name q298
link set q298 up
link set p298 up
link add p299 master br0 type veth peer name q299
link set q299 up
link set p299 up
link add p300 master br0 type veth peer name q300
link set q300 up
link set p300 up
link add p301 master br0 type veth peer name q301
link set q301 up
link set p301 up
link add p302 master br0 type veth peer name q302
link set q302 up
link set p302 up
link add p303 master br0 type veth peer name q303
link set q303 up
link set p303 up
link add p304 master br0 type veth peer name q304
link set q304 up
link set p304 up
link add p305 master br0 type veth peer name q305
link set q305 up
link set p305 up
link add p306 master br0 type veth peer name q306
link set q306 up
link set p306 up
link add p307 master br0 type veth peer name q307
link set q307 up
link set p307 up
link add p308 master br0 type veth peer name q308
link set q308 up
link set p308 up
link add p309 master br0 type veth peer name q309
link set q309 up
link set p309 up
link add p310 master br0 type veth peer name q310
link set q310 up
link set p310 up
link add p311 master br0 type veth peer name q311
link set q311 up
link set p311 up
link add p312 master br0 type veth peer name q312
link set q312 up
link set p312 up
link add p313 master br0 type veth peer name q313
link set q313 up
link set p313 up
link add p314 master br0 type veth peer name q314
link set q314 up
link set p314 up
link add p315 master br0 type veth peer name q315
link set q315 up
link set p315 up
link add p316 master br0 type veth peer name q316
link set q316 up
link set p316 up
link add p317 master br0 type veth peer name q317
link set q317 up
link set p317 up
link add p318 master br0 type veth peer name q318
link set q318 up
link set p318 up
link add p319 master br0 type veth peer name q319
link set q319 up
link set p319 up
link add p320 master br0 type veth peer name q320
link set q320 up
link set p320 up
link add p321 master br0 type veth peer name q321
link set q321 up
link set p321 up
link add p322 master br0 type veth peer name q322
link set q322 up
link set p322 up
link add p323 master br0 type veth peer name q323
link set q323 up
link set p323 up
link add p324 master br0 type veth peer name q324
link set q324 up
link set p324 up
link add p325 master br0 type veth peer name q325
link set q325 up
link set p325 up
link add p326 master br0 type veth peer name q326
link set q326 up
link set p326 up
link add p327 master br0 type veth peer name q327
link set q327 up
link set p327 up
link add p328 master br0 type veth peer name q328
link set q328 up
link set p328 up
link add p329 master br0 type veth peer name q329
link set q329 up
link set p329 up
link add p330 master br0 type veth peer name q330
link set q330 up
link set p330 up
link add p331 master br0 type veth peer name q331
link set q331 up
link set p331 up
link add p332 master br0 type veth peer name q332
link set q332 up
link set p332 up
link add p333 master br0 type veth peer name q333
link set q333 up
link set p333 up
link add p334 master br0 type veth peer name q334
link set q334 up
link set p334 up
link add p335 master br0 type veth peer name q335
link set q335 up
link set p335 up
link add p336 master br0 type veth peer name q336
link set q336 up
link set p336 up
link add p337 master br0 type veth peer name q337
link set q337 up
link set p337 up
link add p338 master br0 type veth peer name q338
link set q338 up
link set p338 up
link add p339 master br0 type veth peer name q339
link set q339 up
link set p339 up
link add p340 master br0 type veth peer name q340
link set q340 up
link set p340 up
link add p341 master br0 type veth peer name q341
link set q341 up
link set p341 up
link add p342 master br0 type veth peer name q342
link set q342 up
link set p342 up
link add p343 master br0 type veth peer name q343
link set q343 up
link set p343 up
link add p344 master br0 type veth peer name q344
link set q344 up
link set p344 up
link add p345 master br0 type veth peer name q345
link set q345 up
link set p345 up
link add p346 master br0 type veth peer name q346
link set q346 up
link set p346 up
link add p347 master br0 type veth peer name q347
link set q347 up
link set p347 up
link add p348 master br0 type veth peer name q348
link set q348 up
link set p348 up
link add p349 master br0 type veth peer name q349
link set q349 up
link set p349 up
link add p350 master br0 type veth peer name q350
link set q350 up
link set p350 up
link add p351 master br0 type veth peer name q351
link set q351 up
link set p351 up
link add p352 master br0 type veth peer name q352
link set q352 up
link set p352 up
link add p353 master br0 type veth peer name q353
link set q353 up
link set p353 up
link add p354 master br0 type veth peer name q354
link set q354 up
link set p354 up
link add p355 master br0 type veth peer name q355
link set q355 up
link set p355 up
link add p356 master br0 type veth peer name q356
link set q356 up
link set p356 up
link add p357 master br0 type veth peer name q357
link set q357 up
link set p357 up
link add p358 master br0 type veth peer name q358
link set q358 up
link set p358 up
link add p359 master br0 type veth peer name q359
link set q359 up
link set p359 up
link add p360 master br0 type veth peer name q360
link set q360 up
link set p360 up
link add p361 master br0 type veth peer name q361
link set q361 up
link set p361 up
link add p362 master br0 type veth peer name q362
link set q362 up
link set p362 up
link add p363 master br0 type veth peer name q363
link set q363 up
link set p363 up
link add p364 master br0 type veth peer name q364
link set q364 up
link set p364 up
link add p365 master br0 type veth peer name q365
link set q365 up
link set p365 up
link add p366 master br0 type veth peer name q366
link set q366 up
link set p366 up
link add p367 master br0 type veth peer name q367
link set q367 up
link set p367 up
link add p368 master br0 type veth peer name q368
link set q368 up
link set p368 up
link add p369 master br0 type veth peer name q369
link set q369 up
link set p369 up
link add p370 master br0 type veth peer name q370
link set q370 up
link set p370 up
link add p371 master br0 type veth peer name q371
link set q371 up
link set p371 up
link add p372 master br0 type veth peer name q372
link set q372 up
link set p372 up
link add p373 master br0 type veth peer name q373
link set q373 up
link set p373 up
link add p374 master br0 type veth peer name q374
link set q374 up
link set p374 up
link add p375 master br0 type veth peer name q375
link set q375 up
link set p375 up
link add p376 master br0 type veth peer name q376
link set q376 up
link set p376 up
link add p377 master br0 type veth peer name q377
link set q377 up
link set p377 up
link add p378 master br0 type veth peer name q378
link set q378 up
link set p378 up
link add p379 master br0 type veth peer name q379
link set q379 up
link set p379 up
link add p380 master br0 type veth peer name q380
link set q380 up
link set p380 up
link add p381 master br0 type veth peer name q381
link set q381 up
link set p381 up
link add p382 master br0 type veth peer name q382
link set q382 up
link set p382 up
link add p383 master br0 type veth peer name q383
link set q383 up
link set p383 up
link add p384 master br0 type veth peer name q384
link set q384 up
link set p384 up
link add p385 master br0 type veth peer name q385
link set q385 up
link set p385 up
link add p386 master br0 type veth peer name q386
link set q386 up
link set p386 up
link add p387 master br0 type veth peer name q387
link set q387 up
link set p387 up
link add p388 master br0 type veth peer name q388
link set q388 up
link set p388 up
link add p389 master br0 type veth peer name q389
link set q389 up
link set p389 up
link add p390 master br0 type veth peer name q390
link set q390 up
link set p390 up
link add p391 master br0 type veth peer name q391
link set q391 up
link set p391 up
link add p392 master br0 type veth peer name q392
link set q392 up
link set p392 up
link add p393 master br0 type veth peer name q393
link set q393 up
link set p393 up
link add p394 master br0 type veth peer name q394
link set q394 up
link set p394 up
link add p395 master br0 type veth peer name q395
link set q395 up
link set p395 up
link add p396 master br0 type veth peer name q396
link set q396 up
link set p396 up
link add p397 master br0 type veth peer name q397
link set q397 up
link set p397 up
link add p398 master br0 type veth peer name q398
link set q398 up
link set p398 up
link add p399 master br0 type veth peer name q399
link set q399 up
link set p399 up
link add p400 master br0 type veth peer name q400
link set q400 up
link set p400 up
link add p401 master br0 type veth peer name q401
link set q401 up
link set p401 up
link add p402 master br0 type veth peer name q402
link set q402 up
link set p402 up
link add p403 master br0 type veth peer name q403
link set q403 up
link set p403 up
link add p404 master br0 type veth peer name q404
link set q404 up
link set p404 up
link add p405 master br0 type veth peer name q405
link set q405 up
link set p405 up
link add p406 master br0 type veth peer name q406
link set q406 up
link set p406 up
link add p407 master br0 type veth peer name q407
link set q407 up
link set p407 up
link add p408 master br0 type veth peer name q408
link set q408 up
link set p408 up
link add p409 master br0 type veth peer name q409
link set q409 up
link set p409 up
link add p410 master br0 type veth peer name q410
link set q410 up
link set p410 up
link add p411 master br0 type veth peer name q411
link set q411 up
link set p411 up
link add p412 master br0 type veth peer name q412
link set q412 up
link set p412 up
link add p413 master br0 type veth peer name q413
link set q413 up
link set p413 up
link add p414 master br0 type veth peer name q414
link set q414 up
link set p414 up
link add p415 master br0 type veth peer name q415
link set q415 up
link set p415 up
link add p416 master br0 type veth peer name q416
link set q416 up
link set p416 up
link add p417 master br0 type veth peer name q417
link set q417 up
link set p417 up
link add p418 master br0 type veth peer name q418
link set q418 up
link set p418 up
link add p419 master br0 type veth peer name q419
link set q419 up
link set p419 up
link add p420 master br0 type veth peer name q420
link set q420 up
link set p420 up
link add p421 master br0 type veth peer name q421
link set q421 up
link set p421 up
link add p422 master br0 type veth peer name q422
link set q422 up
link set p422 up
link add p423 master br0 type veth peer name q423
link set q423 up
link set p423 up
link add p424 master br0 type veth peer name q424
link set q424 up
link set p424 up
link add p425 master br0 type veth peer name q425
link set q425 up
link set p425 up
link add p426 master br0 type veth peer name q426
link set q426 up
link set p426 up
link add p427 master br0 type veth peer name q427
link set q427 up
link set p427 up
link add p428 master br0 type veth peer name q428
link set q428 up
link set p428 up
link add p429 master br0 type veth peer name q429
link set q429 up
link set p429 up
link add p430 master br0 type veth peer name q430
link set q430 up
link set p430 up
link add p431 master br0 type veth peer name q431
link set q431 up
link set p431 up
link add p432 master br0 type veth peer name q432
link set q432 up
link set p432 up
link add p433 master br0 type veth peer name q433
link set q433 up
link set p433 up
link add p434 master br0 type veth peer name q434
link set q434 up
link set p434 up
link add p435 master br0 type veth peer name q435
link set q435 up
link set p435 up
link add p436 master br0 type veth peer name q436
link set q436 up
link set p436 up
link add p437 master br0 type veth peer name q437
link set q437 up
link set p437 up
link add p438 master br0 type veth peer name q438
link set q438 up
link set p438 up
link add p439 master br0 type veth peer name q439
link set q439 up
link set p439 up
link add p440 master br0 type veth peer name q440
link set q440 up
link set p440 up
link add p441 master br0 type veth peer name q441
link set q441 up
link set p441 up
link add p442 master br0 type veth peer name q442
link set q442 up
link set p442 up
link add p443 master br0 type veth peer name q443
link set q443 up
link set p443 up
link add p444 master br0 type veth peer name q444
link set q444 up
link set p444 up
link add p445 master br0 type veth peer name q445
link set q445 up
link set p445 up
link add p446 master br0 type veth peer name q446
link set q446 up
link set p446 up
link add p447 master br0 type veth peer name q447
link set q447 up
link set p447 up
link add p448 master br0 type veth peer name q448
link set q448 up
link set p448 up
link add p449 master br0 type veth peer name q449
link set q449 up
link set p449 up
link add p450 master br0 type veth peer name q450
link set q450 up
link set p450 up
link add p451 master br0 type veth peer name q451
link set q451 up
link set p451 up
link add p452 master br0 type veth peer name q452
link set q452 up
link set p452 up
link add p453 master br0 type veth peer name q453
link set q453 up
link set p453 up
link add p454 master br0 type veth peer name q454
link set q454 up
link set p454 up
link add p455 master br0 type veth peer name q455
link set q455 up
link set p455 up
link add p456 master br0 type veth peer name q456
link set q456 up
link set p456 up
link add p457 master br0 type veth peer name q457
link set q457 up
link set p457 up
link add p458 master br0 type veth peer name q458
link set q458 up
link set p458 up
link add p459 master br0 type veth peer name q459
link set q459 up
link set p459 up
link add p460 master br0 type veth peer name q460
link set q460 up
link set p460 up
link add p461 master br0 type veth peer name q461
link set q461 up
link set p461 up
link add p462 master br0 type veth peer name q462
link set q462 up
link set p462 up
link add p463 master br0 type veth peer name q463
link set q463 up
link set p463 up
link add p464 master br0 type veth peer name q464
link set q464 up
link set p464 up
link add p465 master br0 type veth peer name q465
link set q465 up
link set p465 up
link add p466 master br0 type veth peer name q466
link set q466 up
link set p466 up
link add p467 master br0 type veth peer name q467
link set q467 up
link set p467 up
link add p468 master br0 type veth peer name q468
link set q468 up
link set p468 up
link add p469 master br0 type veth peer name q469
link set q469 up
link set p469 up
link add p470 master br0 type veth peer name q470
link set q470 up
link set p470 up
link add p471 master br0 type veth peer name q471
link set q471 up
link set p471 up
link add p472 master br0 type veth peer name q472
link set q472 up
link set p472 up
link add p473 master br0 type veth peer name q473
link set q473 up
link set p473 up
link add p474 master br0 type veth peer name q474
link set q474 up
link set p474 up
link add p475 master br0 type veth peer name q475
link set q475 up
link set p475 up
link add p476 master br0 type veth peer name q476
link set q476 up
link set p476 up
link add p477 master br0 type veth peer name q477
link set q477 up
link set p477 up
link add p478 master br0 type veth peer name q478
link set q478 up
link set p478 up
link add p479 master br0 type veth peer name q479
link set q479 up
link set p479 up
link add p480 master br0 type veth peer name q480
link set q480 up
link set p480 up
link add p481 master br0 type veth peer name q481
link set q481 up
link set p481 up
link add p482 master br0 type veth peer name q482
link set q482 up
link set p482 up
link add p483 master br0 type veth peer name q483
link set q483 up
link set p483 up
link add p484 master br0 type veth peer name q484
link set q484 up
link set p484 up
link add p485 master br0 type veth peer name q485
link set q485 up
link set p485 up
link add p486 master br0 type veth peer name q486
link set q486 up
link set p486 up
link add p487 master br0 type veth peer name q487
link set q487 up
link set p487 up
link add p488 master br0 type veth peer name q488
link set q488 up
link set p488 up
link add p489 master br0 type veth peer name q489
link set q489 up
link set p489 up
link add p490 master br0 type veth peer name q490
link set q490 up
link set p490 up
link add p491 master br0 type veth peer name q491
link set q491 up
link set p491 up
link add p492 master br0 type veth peer name q492
link set q492 up
link set p492 up
link add p493 master br0 type veth peer name q493
link set q493 up
link set p493 up
link add p494 master br0 type veth peer name q494
link set q494 up
link set p494 up
link add p495 master br0 type veth peer name q495
link set q495 up
link set p495 up
link add p496 master br0 type veth peer name q496
link set q496 up
link set p496 up
link add p497 master br0 type veth peer name q497
link set q497 up
link set p497 up
link add p498 master br0 type veth peer name q498
link set q498 up
link set p498 up
link add p499 master br0 type veth peer name q499
link set q499 up
link set p499 up
link add p500 master br0 type veth peer name q500
link set q500 up
link set p500 up
link add p501 master br0 type veth peer name q501
link set q501 up
link set p501 up
link add p502 master br0 type veth peer name q502
link set q502 up
link set p502 up
link add p503 master br0 type veth peer name q503
link set q503 up
link set p503 up
link add p504 master br0 type veth peer name q504
link set q504 up
link set p504 up
link add p505 master br0 type veth peer name q505
link set q505 up
link set p505 up
link add p506 master br0 type veth peer name q506
link set q506 up
link set p506 up
link add p507 master br0 type veth peer name q507
link set q507 up
link set p507 up
link add p508 master br0 type veth peer name q508
link set q508 up
link set p508 up
link add p509 master br0 type veth peer name q509
link set q509 up
link set p509 up
link add p510 master br0 type veth peer name q510
link set q510 up
link set p510 up
link add p511 master br0 type veth peer name q511
link set q511 up
link set p511 up
link add p512 master br0 type veth peer name q512
link set q512 up
link set p512 up
link add p513 master br0 type veth peer name q513
link set q513 up
link set p513 up
link add p514 master br0 type veth peer name q514
link set q514 up
link set p514 up
link add p515 master br0 type veth peer name q515
link set q515 up
link set p515 up
link add p516 master br0 type veth peer name q516
link set q516 up
link set p516 up
link add p517 master br0 type veth peer name q517
link set q517 up
link set p517 up
link add p518 master br0 type veth peer name q518
link set q518 up
link set p518 up
link add p519 master br0 type veth peer name q519
link set q519 up
link set p519 up
link add p520 master br0 type veth peer name q520
link set q520 up
link set p520 up
link add p521 master br0 type veth peer name q521
link set q521 up
link set p521 up
link add p522 master br0 type veth peer name q522
link set q522 up
link set p522 up
link add p523 master br0 type veth peer name q523
link set q523 up
link set p523 up
link add p524 master br0 type veth peer name q524
link set q524 up
link set p524 up
link add p525 master br0 type veth peer name q525
link set q525 up
link set p525 up
link add p526 master br0 type veth peer name q526
link set q526 up
link set p526 up
link add p527 master br0 type veth peer name q527
link set q527 up
link set p527 up
link add p528 master br0 type veth peer name q528
link set q528 up
link set p528 up
link add p529 master br0 type veth peer name q529
link set q529 up
link set p529 up
link add p530 master br0 type veth peer name q530
link set q530 up
link set p530 up
link add p531 master br0 type veth peer name q531
link set q531 up
link set p531 up
link add p532 master br0 type veth peer name q532
link set q532 up
link set p532 up
link add p533 master br0 type veth peer name q533
link set q533 up
link set p533 up
link add p534 master br0 type veth peer name q534
link set q534 up
link set p534 up
link add p535 master br0 type veth peer name q535
link set q535 up
link set p535 up
link add p536 master br0 type veth peer name q536
link set q536 up
link set p536 up
link add p537 master br0 type veth peer name q537
link set q537 up
link set p537 up
link add p538 master br0 type veth peer name q538
link set q538 up
link set p538 up
link add p539 master br0 type veth peer name q539
link set q539 up
link set p539 up
link add p540 master br0 type veth peer name q540
link set q540 up
link set p540 up
link add p541 master br0 type veth peer name q541
link set q541 up
link set p541 up
link add p542 master br0 type veth peer name q542
link set q542 up
link set p542 up
link add p543 master br0 type veth peer name q543
link set q543 up
link set p543 up
link add p544 master br0 type veth peer name q544
link set q544 up
link set p544 up
link add p545 master br0 type veth peer name q545
link set q545 up
link set p545 up
link add p546 master br0 type veth peer name q546
link set q546 up
link set p546 up
link add p547 master br0 type veth peer name q547
link set q547 up
link set p547 up
link add p548 master br0 type veth peer name q548
link set q548 up
link set p548 up
link add p549 master br0 type veth peer name q549
link set q549 up
link set p549 up
link add p550 master br0 type veth peer name q550
link set q550 up
link set p550 up
link add p551 master br0 type veth peer name q551
link set q551 up
link set p551 up
link add p552 master br0 type veth peer name q552
link set q552 up
link set p552 up
link add p553 master br0 type veth peer name q553
link set q553 up
link set p553 up
link add p554 master br0 type veth peer name q554
link set q554 up
link set p554 up
link add p555 master br0 type veth peer name q555
link set q555 up
link set p555 up
link add p556 master br0 type veth peer name q556
link set q556 up
link set p556 up
link add p557 master br0 type veth peer name q557
link set q557 up
link set p557 up
link add p558 master br0 type veth peer name q558
link set q558 up
link set p558 up
link add p559 master br0 type veth peer name q559
link set q559 up
link set p559 up
link add p560 master br0 type veth peer name q560
link set q560 up
link set p560 up
link add p561 master br0 type veth peer name q561
link set q561 up
link set p561 up
link add p562 master br0 type veth peer name q562
link set q562 up
link set p562 up
link add p563 master br0 type veth peer name q563
link set q563 up
link set p563 up
link add p564 master br0 type veth peer name q564
link set q564 up
link set p564 up
link add p565 master br0 type veth peer name q565
link set q565 up
link set p565 up
link add p566 master br0 type veth peer name q566
link set q566 up
link set p566 up
link add p567 master br0 type veth peer name q567
link set q567 up
link set p567 up
link add p568 master br0 type veth peer name q568
link set q568 up
link set p568 up
link add p569 master br0 type veth peer name q569
link set q569 up
link set p569 up
link add p570 master br0 type veth peer name q570
link set q570 up
link set p570 up
link add p571 master br0 type veth peer name q571
link set q571 up
link set p571 up
link add p572 master br0 type veth peer name q572
link set q572 up
link set p572 up
link add p573 master br0 type veth peer name q573
link set q573 up
link set p573 up
link add p574 master br0 type veth peer name q574
link set q574 up
link set p574 up
link add p575 master br0 type veth peer name q575
link set q575 up
link set p575 up
link add p576 master br0 type veth peer name q576
link set q576 up
link set p576 up
link add p577 master br0 type veth peer name q577
link set q577 up
link set p577 up
link add p578 master br0 type veth peer name q578
link set q578 up
link set p578 up
link add p579 master br0 type veth peer name q579
link set q579 up
link set p579 up
link add p580 master br0 type veth peer name q580
link set q580 up
link set p580 up
link add p581 master br0 type veth peer name q581
link set q581 up
link set p581 up
link add p582 master br0 type veth peer name q582
link set q582 up
link set p582 up
link add p583 master br0 type veth peer name q583
link set q583 up
link set p583 up
link add p584 master br0 type veth peer name q584
link set q584 up
link set p584 up
link add p585 master br0 type veth peer name q585
link set q585 up
link set p585 up
link add p586 master br0 type veth peer name q586
link set q586 up
link set p586 up
link add p587 master br0 type veth peer name q587
link set q587 up
link set p587 up
link add p588 master br0 type veth peer name q588
link set q588 up
link set p588 up
link add p589 master br0 type veth peer name q589
link set q589 up
link set p589 up
link add p590 master br0 type veth peer name q590
link set q590 up
link set p590 up
link add p591 master br0 type veth peer name q591
link set q591 up
link set p591 up
link add p592 master br0 type veth peer name q592
link set q592 up
link set p592 up
link add p593 master br0 type veth peer name q593
link set q593 up
link set p593 up
link add p594 master br0 type veth peer name q594
link set q594 up
link set p594 up
link add p595 master br0 type veth peer name q595
link set q595 up
link set p595 up
link add p596 master br0 type veth peer name q596
link set q596 up
link set p596 up
link add p597 master br0 type veth peer name q597
link set q597 up
link set p597 up
link add p598 master br0 type veth peer name q598
link set q598 up
link set p598 up
link add p599 master br0 type veth peer name q599
link set q599 up
link set p599 up
link add p600 master br0 type veth peer name q600
link set q600 up
link set p600 up
link add p601 master br0 type veth peer name q601
link set q601 up
link set p601 up
link add p602 master br0 type veth peer name q602
link set q602 up
link set p602 up
link add p603 master br0 type veth peer name q603
link set q603 up
link set p603 up
link add p604 master br0 type veth peer name q604
link set q604 up
link set p604 up
link add p605 master br0 type veth peer name q605
link set q605 up
link set p605 up
link add p606 master br0 type veth peer name q606
link set q606 up
link set p606 up
link add p607 master br0 type veth peer name q607
link set q607 up
link set p607 up
link add p608 master br0 type veth peer name q608
link set q608 up
link set p608 up
link add p609 master br0 type veth peer name q609
link set q609 up
link set p609 up
link add p610 master br0 type veth peer name q610
link set q610 up
link set p610 up
link add p611 master br0 type veth peer name q611
link set q611 up
link set p611 up
link add p612 master br0 type veth peer name q612
link set q612 up
link set p612 up
link add p613 master br0 type veth peer name q613
link set q613 up
link set p613 up
link add p614 master br0 type veth peer name q614
link set q614 up
link set p614 up
link add p615 master br0 type veth peer name q615
link set q615 up
link set p615 up
link add p616 master br0 type veth peer name q616
link set q616 up
link set p616 up
link add p617 master br0 type veth peer name q617
link set q617 up
link set p617 up
link add p618 master br0 type veth peer name q618
link set q618 up
link set p618 up
link add p619 master br0 type veth peer name q619
link set q619 up
link set p619 up
link add p620 master br0 type veth peer name q620
link set q620 up
link set p620 up
link add p621 master br0 type veth peer name q621
link set q621 up
link set p621 up
link add p622 master br0 type veth peer name q622
link set q622 up
link set p622 up
link add p623 master br0 type veth peer name q623
link set q623 up
link set p623 up
link add p624 master br0 type veth peer name q624
link set q624 up
link set p624 up
link add p625 master br0 type veth peer name q625
link set q625 up
link set p625 up
link add p626 master br0 type veth peer name q626
link set q626 up
link set p626 up
link add p627 master br0 type veth peer name q627
link set q627 up
link set p627 up
link add p628 master br0 type veth peer name q628
link set q628 up
link set p628 up
link add p629 master br0 type veth peer name q629
link set q629 up
link set p629 up
link add p630 master br0 type veth peer name q630
link set q630 up
link set p630 up
link add p631 master br0 type veth peer name q631
link set q631 up
link set p631 up
link add p632 master br0 type veth peer name q632
link set q632 up
link set p632 up
link add p633 master br0 type veth peer name q633
link set q633 up
link set p633 up
link add p634 master br0 type veth peer name q634
link set q634 up
link set p634 up
link add p635 master br0 type veth peer name q635
link set q635 up
link set p635 up
link add p636 master br0 type veth peer name q636
link set q636 up
link set p636 up
link add p637 master br0 type veth peer name q637
link set q637 up
link set p637 up
link add p638 master br0 type veth peer name q638
link set q638 up
link set p638 up
link add p639 master br0 type veth peer name q639
link set q639 up
link set p639 up
link add p640 master br0 type veth peer name q640
link set q640 up
link set p640 up
link add p641 master br0 type veth peer name q641
link set q641 up
link set p641 up
link add p642 master br0 type veth peer name q642
link set q642 up
link set p642 up
link add p643 master br0 type veth peer name q643
link set q643 up
link set p643 up
link add p644 master br0 type veth peer name q644
link set q644 up
link set p644 up
link add p645 master br0 type veth peer name q645
link set q645 up
link set p645 up
link add p646 master br0 type veth peer name q646
link set q646 up
link set p646 up
link add p647 master br0 type veth peer name q647
link set q647 up
link set p647 up
link add p648 master br0 type veth peer name q648
link set q648 up
link set p648 up
link add p649 master br0 type veth peer name q649
link set q649 up
link set p649 up
link add p650 master br0 type veth peer name q650
link set q650 up
link set p650 up
link add p651 master br0 type veth peer name q651
link set q651 up
link set p651 up
link add p652 master br0 type veth peer name q652
link set q652 up
link set p652 up
link add p653 master br0 type veth peer name q653
link set q653 up
link set p653 up
link add p654 master br0 type veth peer name q654
link set q654 up
link set p654 up
link add p655 master br0 type veth peer name q655
link set q655 up
link set p655 up
link add p656 master br0 type veth peer name q656
link set q656 up
link set p656 up
link add p657 master br0 type veth peer name q657
link set q657 up
link set p657 up
link add p658 master br0 type veth peer name q658
link set q658 up
link set p658 up
link add p659 master br0 type veth peer name q659
link set q659 up
link set p659 up
link add p660 master br0 type veth peer name q660
link set q660 up
link set p660 up
link add p661 master br0 type veth peer name q661
link set q661 up
link set p661 up
link add p662 master br0 type veth peer name q662
link set q662 up
link set p662 up
link add p663 master br0 type veth peer name q663
link set q663 up
link set p663 up
link add p664 master br0 type veth peer name q664
link set q664 up
link set p664 up
link add p665 master br0 type veth peer name q665
link set q665 up
link set p665 up
link add p666 master br0 type veth peer name q666
link set q666 up
link set p666 up
link add p667 master br0 type veth peer name q667
link set q667 up
link set p667 up
link add p668 master br0 type veth peer name q668
link set q668 up
link set p668 up
link add p669 master br0 type veth peer name q669
link set q669 up
link set p669 up
link add p670 master br0 type veth peer name q670
link set q670 up
link set p670 up
link add p671 master br0 type veth peer name q671
link set q671 up
link set p671 up
link add p672 master br0 type veth peer name q672
link set q672 up
link set p672 up
link add p673 master br0 type veth peer name q673
link set q673 up
link set p673 up
link add p674 master br0 type veth peer name q674
link set q674 up
link set p674 up
link add p675 master br0 type veth peer name q675
link set q675 up
link set p675 up
link add p676 master br0 type veth peer name q676
link set q676 up
link set p676 up
link add p677 master br0 type veth peer name q677
link set q677 up
link set p677 up
link add p678 master br0 type veth peer name q678
link set q678 up
link set p678 up
link add p679 master br0 type veth peer name q679
link set q679 up
link set p679 up
link add p680 master br0 type veth peer name q680
link set q680 up
link set p680 up
link add p681 master br0 type veth peer name q681
link set q681 up
link set p681 up
link add p682 master br0 type veth peer name q682
link set q682 up
link set p682 up
link add p683 master br0 type veth peer name q683
link set q683 up
link set p683 up
link add p684 master br0 type veth peer name q684
link set q684 up
link set p684 up
link add p685 master br0 type veth peer name q685
link set q685 up
link set p685 up
link add p686 master br0 type veth peer name q686
link set q686 up
link set p686 up
link add p687 master br0 type veth peer name q687
link set q687 up
link set p687 up
link add p688 master br0 type veth peer name q688
link set q688 up
link set p688 up
link add p689 master br0 type veth peer name q689
link set q689 up
link set p689 up
link add p690 master br0 type veth peer name q690
link set q690 up
link set p690 up
link add p691 master br0 type veth peer name q691
link set q691 up
link set p691 up
link add p692 master br0 type veth peer name q692
link set q692 up
link set p692 up
link add p693 master br0 type veth peer name q693
link set q693 up
link set p693 up
link add p694 master br0 type veth peer name q694
link set q694 up
link set p694 up
link add p695 master br0 type veth peer name q695
link set q695 up
link set p695 up
link add p696 master br0 type veth peer name q696
link set q696 up
link set p696 up
link add p697 master br0 type veth peer name q697
link set q697 up
link set p697 up
link add p698 master br0 type veth peer name q698
link set q698 up
link set p698 up
link add p699 master br0 type veth peer name q699
link set q699 up
link set p699 up
link add p700 master br0 type veth peer name q700
link set q700 up
link set p700 up
link add p701 master br0 type veth peer name q701
link set q701 up
link set p701 up
link add p702 master br0 type veth peer name q702
link set q702 up
link set p702 up
link add p703 master br0 type veth peer name q703
link set q703 up
link set p703 up
link add p704 master br0 type veth peer name q704
link set q704 up
link set p704 up
link add p705 master br0 type veth peer name q705
link set q705 up
link set p705 up
link add p706 master br0 type veth peer name q706
link set q706 up
link set p706 up
link add p707 master br0 type veth peer name q707
link set q707 up
link set p707 up
link add p708 master br0 type veth peer name q708
link set q708 up
link set p708 up
link add p709 master br0 type veth peer name q709
link set q709 up
link set p709 up
link add p710 master br0 type veth peer name q710
link set q710 up
link set p710 up
link add p711 master br0 type veth peer name q711
link set q711 up
link set p711 up
link add p712 master br0 type veth peer name q712
link set q712 up
link set p712 up
link add p713 master br0 type veth peer name q713
link set q713 up
link set p713 up
link add p714 master br0 type veth peer name q714
link set q714 up
link set p714 up
link add p715 master br0 type veth peer name q715
link set q715 up
link set p715 up
link add p716 master br0 type veth peer name q716
link set q716 up
link set p716 up
link add p717 master br0 type veth peer name q717
link set q717 up
link set p717 up
link add p718 master br0 type veth peer name q718
link set q718 up
link set p718 up
link add p719 master br0 type veth peer name q719
link set q719 up
link set p719 up
link add p720 master br0 type veth peer name q720
link set q720 up
link set p720 up
link add p721 master br0 type veth peer name q721
link set q721 up
link set p721 up
link add p722 master br0 type veth peer name q722
link set q722 up
link set p722 up
link add p723 master br0 type veth peer name q723
link set q723 up
link set p723 up
link add p724 master br0 type veth peer name q724
link set q724 up
link set p724 up
link add p725 master br0 type veth peer name q725
link set q725 up
link set p725 up
link add p726 master br0 type veth peer name q726
link set q726 up
link set p726 up
link add p727 master br0 type veth peer name q727
link set q727 up
link set p727 up
link add p728 master br0 type veth peer name q728
link set q728 up
link set p728 up
link add p729 master br0 type veth peer name q729
link set q729 up
link set p729 up
link add p730 master br0 type veth peer name q730
link set q730 up
link set p730 up
link add p731 master br0 type veth peer name q731
link set q731 up
link set p731 up
link add p732 master br0 type veth peer name q732
link set q732 up
link set p732 up
link add p733 master br0 type veth peer name q733
link set q733 up
link set p733 up
link add p734 master br0 type veth peer name q734
link set q734 up
link set p734 up
link add p735 master br0 type veth peer name q735
link set q735 up
link set p735 up
link add p736 master br0 type veth peer name q736
link set q736 up
link set p736 up
link add p737 master br0 type veth peer name q737
link set q737 up
link set p737 up
link add p738 master br0 type veth peer name q738
link set q738 up
link set p738 up
link add p739 master br0 type veth peer name q739
link set q739 up
link set p739 up
link add p740 master br0 type veth peer name q740
link set q740 up
link set p740 up
link add p741 master br0 type veth peer name q741
link set q741 up
link set p741 up
link add p742 master br0 type veth peer name q742
link set q742 up
link set p742 up
link add p743 master br0 type veth peer name q743
link set q743 up
link set p743 up
link add p744 master br0 type veth peer name q744
link set q744 up
link set p744 up
link add p745 master br0 type veth peer name q745
link set q745 up
link set p745 up
link add p746 master br0 type veth peer name q746
link set q746 up
link set p746 up
link add p747 master br0 type veth peer name q747
link set q747 up
link set p747 up
link add p748 master br0 type veth peer name q748
link set q748 up
link set p748 up
link add p749 master br0 type veth peer name q749
link set q749 up
link set p749 up
link add p750 master br0 type veth peer name q750
link set q750 up
link set p750 up
link add p751 master br0 type veth peer name q751
link set q751 up
link set p751 up
link add p752 master br0 type veth peer name q752
link set q752 up
link set p752 up
link add p753 master br0 type veth peer name q753
link set q753 up
link set p753 up
link add p754 master br0 type veth peer name q754
link set q754 up
link set p754 up
link add p755 master br0 type veth peer name q755
link set q755 up
link set p755 up
link add p756 master br0 type veth peer name q756
link set q756 up
link set p756 up
link add p757 master br0 type veth peer name q757
link set q757 up
link set p757 up
link add p758 master br0 type veth peer name q758
link set q758 up
link set p758 up
link add p759 master br0 type veth peer name q759
link set q759 up
link set p759 up
link add p760 master br0 type veth peer name q760
link set q760 up
link set p760 up
link add p761 master br0 type veth peer name q761
link set q761 up
link set p761 up
link add p762 master br0 type veth peer name q762
link set q762 up
link set p762 up
link add p763 master br0 type veth peer name q763
link set q763 up
link set p763 up
link add p764 master br0 type veth peer name q764
link set q764 up
link set p764 up
link add p765 master br0 type veth peer name q765
link set q765 up
link set p765 up
link add p766 master br0 type veth peer name q766
link set q766 up
link set p766 up
link add p767 master br0 type veth peer name q767
link set q767 up
link set p767 up
link add p768 master br0 type veth peer name q768
link set q768 up
link set p768 up
link add p769 master br0 type veth peer name q769
link set q769 up
link set p769 up
link add p770 master br0 type veth peer name q770
link set q770 up
link set p770 up
link add p771 master br0 type veth peer name q771
link set q771 up
link set p771 up
link add p772 master br0 type veth peer name q772
link set q772 up
link set p772 up
link add p773 master br0 type veth peer name q773
link set q773 up
link set p773 up
link add p774 master br0 type veth peer name q774
link set q774 up
link set p774 up
link add p775 master br0 type veth peer name q775
link set q775 up
link set p775 up
link add p776 master br0 type veth peer name q776
link set q776 up
link set p776 up
link add p777 master br0 type veth peer name q777
link set q777 up
link set p777 up
link add p778 master br0 type veth peer name q778
link set q778 up
link set p778 up
link add p779 master br0 type veth peer name q779
link set q779 up
link set p779 up
link add p780 master br0 type veth peer name q780
link set q780 up
link set p780 up
link add p781 master br0 type veth peer name q781
link set q781 up
link set p781 up
link add p782 master br0 type veth peer name q782
link set q782 up
link set p782 up
link add p783 master br0 type veth peer name q783
link set q783 up
link set p783 up
link add p784 master br0 type veth peer name q784
link set q784 up
link set p784 up
link add p785 master br0 type veth peer name q785
link set q785 up
link set p785 up
link add p786 master br0 type veth peer name q786
link set q786 up
link set p786 up
link add p787 master br0 type veth peer name q787
link set q787 up
link set p787 up
link add p788 master br0 type veth peer name q788
link set q788 up
link set p788 up
link add p789 master br0 type veth peer name q789
link set q789 up
link set p789 up
link add p790 master br0 type veth peer name q790
link set q790 up
link set p790 up
link add p791 master br0 type veth peer name q791
link set q791 up
link set p791 up
link add p792 master br0 type veth peer name q792
link set q792 up
link set p792 up
link add p793 master br0 type veth peer name q793
link set q793 up
link set p793 up
link add p794 master br0 type veth peer name q794
link set q794 up
link set p794 up
link add p795 master br0 type veth peer name q795
link set q795 up
link set p795 up
link add p796 master br0 type veth peer name q796
link set q796 up
link set p796 up
link add p797 master br0 type veth peer name q797
link set q797 up
link set p797 up
link add p798 master br0 type veth peer name q798
link set q798 up
link set p798 up
link add p799 master br0 type veth peer name q799
link set q799 up
link set p799 up
link add p800 master br0 type veth peer name q800
link set q800 up
link set p800 up
link add p801 master br0 type veth peer name q801
link set q801 up
link set p801 up
link add p802 master br0 type veth peer name q802
link set q802 up
link set p802 up
link add p803 master br0 type veth peer name q803
link set q803 up
link set p803 up
link add p804 master br0 type veth peer name q804
link set q804 up
link set p804 up
link add p805 master br0 type veth peer name q805
link set q805 up
link set p805 up
link add p806 master br0 type veth peer name q806
link set q806 up
link set p806 up
link add p807 master br0 type veth peer name q807
link set q807 up
link set p807 up
link add p808 master br0 type veth peer name q808
link set q808 up
link set p808 up
link add p809 master br0 type veth peer name q809
link set q809 up
link set p809 up
link add p810 master br0 type veth peer name q810
link set q810 up
link set p810 up
link add p811 master br0 type veth peer name q811
link set q811 up
link set p811 up
link add p812 master br0 type veth peer name q812
link set q812 up
link set p812 up
link add p813 master br0 type veth peer name q813
link set q813 up
link set p813 up
link add p814 master br0 type veth peer name q814
link set q814 up
link set p814 up
link add p815 master br0 type veth peer name q815
link set q815 up
link set p815 up
link add p816 master br0 type veth peer name q816
link set q816 up
link set p816 up
link add p817 master br0 type veth peer name q817
link set q817 up
link set p817 up
link add p818 master br0 type veth peer name q818
link set q818 up
link set p818 up
link add p819 master br0 type veth peer name q819
link set q819 up
link set p819 up
link add p820 master br0 type veth peer name q820
link set q820 up
link set p820 up
link add p821 master br0 type veth peer name q821
link set q821 up
link set p821 up
link add p822 master br0 type veth peer name q822
link set q822 up
link set p822 up
link add p823 master br0 type veth peer name q823
link set q823 up
link set p823 up
link add p824 master br0 type veth peer name q824
link set q824 up
link set p824 up
link add p825 master br0 type veth peer name q825
link set q825 up
link set p825 up
link add p826 master br0 type veth peer name q826
link set q826 up
link set p826 up
link add p827 master br0 type veth peer name q827
link set q827 up
link set p827 up
link add p828 master br0 type veth peer name q828
link set q828 up
link set p828 up
link add p829 master br0 type veth peer name q829
link set q829 up
link set p829 up
link add p830 master br0 type veth peer name q830
link set q830 up
link set p830 up
link add p831 master br0 type veth peer name q831
link set q831 up
link set p831 up
link add p832 master br0 type veth peer name q832
link set q832 up
link set p832 up
link add p833 master br0 type veth peer name q833
link set q833 up
link set p833 up
link add p834 master br0 type veth peer name q834
link set q834 up
link set p834 up
link add p835 master br0 type veth peer name q835
link set q835 up
link set p835 up
link add p836 master br0 type veth peer name q836
link set q836 up
link set p836 up
link add p837 master br0 type veth peer name q837
link set q837 up
link set p837 up
link add p838 master br0 type veth peer name q838
link set q838 up
link set p838 up
link add p839 master br0 type veth peer name q839
link set q839 up
link set p839 up
link add p840 master br0 type veth peer name q840
link set q840 up
link set p840 up
link add p841 master br0 type veth peer name q841
link set q841 up
link set p841 up
link add p842 master br0 type veth peer name q842
link set q842 up
link set p842 up
link add p843 master br0 type veth peer name q843
link set q843 up
link set p843 up
link add p844 master br0 type veth peer name q844
link set q844 up
link set p844 up
link add p845 master br0 type veth peer name q845
link set q845 up
link set p845 up
link add p846 master br0 type veth peer name q846
link set q846 up
link set p846 up
link add p847 master br0 type veth peer name q847
link set q847 up
link set p847 up
link add p848 master br0 type veth peer name q848
link set q848 up
link set p848 up
link add p849 master br0 type veth peer name q849
link set q849 up
link set p849 up
link add p850 master br0 type veth peer name q850
link set q850 up
link set p850 up
link add p851 master br0 type veth peer name q851
link set q851 up
link set p851 up
link add p852 master br0 type veth peer name q852
link set q852 up
link set p852 up
link add p853 master br0 type veth peer name q853
link set q853 up
link set p853 up
link add p854 master br0 type veth peer name q854
link set q854 up
link set p854 up
link add p855 master br0 type veth peer name q855
link set q855 up
link set p855 up
link add p856 master br0 type veth peer name q856
link set q856 up
link set p856 up
link add p857 master br0 type veth peer name q857
link set q857 up
link set p857 up
link add p858 master br0 type veth peer name q858
link set q858 up
link set p858 up
link add p859 master br0 type veth peer name q859
link set q859 up
link set p859 up
link add p860 master br0 type veth peer name q860
link set q860 up
link set p860 up
link add p861 master br0 type veth peer name q861
link set q861 up
link set p861 up
link add p862 master br0 type veth peer name q862
link set q862 up
link set p862 up
link add p863 master br0 type veth peer name q863
link set q863 up
link set p863 up
link add p864 master br0 type veth peer name q864
link set q864 up
link set p864 up
link add p865 master br0 type veth peer name q865
link set q865 up
link set p865 up
link add p866 master br0 type veth peer name q866
link set q866 up
link set p866 up
link add p867 master br0 type veth peer name q867
link set q867 up
link set p867 up
link add p868 master br0 type veth peer name q868
link set q868 up
link set p868 up
link add p869 master br0 type veth peer name q869
link set q869 up
link set p869 up
link add p870 master br0 type veth peer name q870
link set q870 up
link set p870 up
link add p871 master br0 type veth peer name q871
link set q871 up
link set p871 up
link add p872 master br0 type veth peer name q872
link set q872 up
link set p872 up
link add p873 master br0 type veth peer name q873
link set q873 up
link set p873 up
link add p874 master br0 type veth peer name q874
link set q874 up
link set p874 up
link add p875 master br0 type veth peer name q875
link set q875 up
link set p875 up
link add p876 master br0 type veth peer name q876
link set q876 up
link set p876 up
link add p877 master br0 type veth peer name q877
link set q877 up
link set p877 up
link add p878 master br0 type veth peer name q878
link set q878 up
link set p878 up
link add p879 master br0 type veth peer name q879
link set q879 up
link set p879 up
link add p880 master br0 type veth peer name q880
link set q880 up
link set p880 up
link add p881 master br0 type veth peer name q881
link set q881 up
link set p881 up
link add p882 master br0 type veth peer name q882
link set q882 up
link set p882 up
link add p883 master br0 type veth peer name q883
link set q883 up
link set p883 up
link add p884 master br0 type veth peer name q884
link set q884 up
link set p884 up
link add p885 master br0 type veth peer name q885
link set q885 up
link set p885 up
link add p886 master br0 type veth peer name q886
link set q886 up
link set p886 up
link add p887 master br0 type veth peer name q887
link set q887 up
link set p887 up
link add p888 master br0 type veth peer name q888
link set q888 up
link set p888 up
link add p889 master br0 type veth peer name q889
link set q889 up
link set p889 up
link add p890 master br0 type veth peer name q890
link set q890 up
link set p890 up
link add p891 master br0 type veth peer name q891
link set q891 up
link set p891 up
link add p892 master br0 type veth peer name q892
link set q892 up
link set p892 up
link add p893 master br0 type veth peer name q893
link set q893 up
link set p893 up
link add p894 master br0 type veth peer name q894
link set q894 up
link set p894 up
link add p895 master br0 type veth peer name q895
link set q895 up
link set p895 up
link add p896 master br0 type veth peer name q896
link set q896 up
link set p896 up
link add p897 master br0 type veth peer name q897
link set q897 up
link set p897 up
link add p898 master br0 type veth peer name q898
link set q898 up
link set p898 up
link add p899 master br0 type veth peer name q899
link set q899 up
link set p899 up
link add p900 master br0 type veth peer name q900
link set q900 up
link set p900 up
link add p901 master br0 type veth peer name q901
link set q901 up
link set p901 up
link add p902 master br0 type veth peer name q902
link set q902 up
link set p902 up
link add p903 master br0 type veth peer name q903
link set q903 up
link set p903 up
link add p904 master br0 type veth peer name q904
link set q904 up
link set p904 up
link add p905 master br0 type veth peer name q905
link set q905 up
link set p905 up
link add p906 master br0 type veth peer name q906
link set q906 up
link set p906 up
link add p907 master br0 type veth peer name q907
link set q907 up
link set p907 up
link add p908 master br0 type veth peer name q908
link set q908 up
link set p908 up
link add p909 master br0 type veth peer name q909
link set q909 up
link set p909 up
link add p910 master br0 type veth peer name q910
link set q910 up
link set p910 up
link add p911 master br0 type veth peer name q911
link set q911 up
link set p911 up
link add p912 master br0 type veth peer name q912
link set q912 up
link set p912 up
link add p913 master br0 type veth peer name q913
link set q913 up
link set p913 up
link add p914 master br0 type veth peer name q914
link set q914 up
link set p914 up
link add p915 master br0 type veth peer name q915
link set q915 up
link set p915 up
link add p916 master br0 type veth peer name q916
link set q916 up
link set p916 up
link add p917 master br0 type veth peer name q917
link set q917 up
link set p917 up
link add p918 master br0 type veth peer name q918
link set q918 up
link set p918 up
link add p919 master br0 type veth peer name q919
link set q919 up
link set p919 up
link add p920 master br0 type veth peer name q920
link set q920 up
link set p920 up
link add p921 master br0 type veth peer name q921
link set q921 up
link set p921 up
link add p922 master br0 type veth peer name q922
link set q922 up
link set p922 up
link add p923 master br0 type veth peer name q923
link set q923 up
link set p923 up
link add p924 master br0 type veth peer name q924
link set q924 up
link set p924 up
link add p925 master br0 type veth peer name q925
link set q925 up
link set p925 up
link add p926 master br0 type veth peer name q926
link set q926 up
link set p926 up
link add p927 master br0 type veth peer name q927
link set q927 up
link set p927 up
link add p928 master br0 type veth peer name q928
link set q928 up
link set p928 up
link add p929 master br0 type veth peer name q929
link set q929 up
link set p929 up
link add p930 master br0 type veth peer name q930
link set q930 up
link set p930 up
link add p931 master br0 type veth peer name q931
link set q931 up
link set p931 up
link add p932 master br0 type veth peer name q932
link set q932 up
link set p932 up
link add p933 master br0 type veth peer name q933
link set q933 up
link set p933 up
link add p934 master br0 type veth peer name q934
link set q934 up
link set p934 up
link add p935 master br0 type veth peer name q935
link set q935 up
link set p935 up
link add p936 master br0 type veth peer name q936
link set q936 up
link set p936 up
link add p937 master br0 type veth peer name q937
link set q937 up
link set p937 up
link add p938 master br0 type veth peer name q938
link set q938 up
link set p938 up
link add p939 master br0 type veth peer name q939
link set q939 up
link set p939 up
link add p940 master br0 type veth peer name q940
link set q940 up
link set p940 up
link add p941 master br0 type veth peer name q941
link set q941 up
link set p941 up
link add p942 master br0 type veth peer name q942
link set q942 up
link set p942 up
link add p943 master br0 type veth peer name q943
link set q943 up
link set p943 up
link add p944 master br0 type veth peer name q944
link set q944 up
link set p944 up
link add p945 master br0 type veth peer name q945
link set q945 up
link set p945 up
link add p946 master br0 type veth peer name q946
link set q946 up
link set p946 up
link add p947 master br0 type veth peer name q947
link set q947 up
link set p947 up
link add p948 master br0 type veth peer name q948
link set q948 up
link set p948 up
link add p949 master br0 type veth peer name q949
link set q949 up
link set p949 up
link add p950 master br0 type veth peer name q950
link set q950 up
link set p950 up
link add p951 master br0 type veth peer name q951
link set q951 up
link set p951 up
link add p952 master br0 type veth peer name q952
link set q952 up
link set p952 up
link add p953 master br0 type veth peer name q953
link set q953 up
link set p953 up
link add p954 master br0 type veth peer name q954
link set q954 up
link set p954 up
link add p955 master br0 type veth peer name q955
link set q955 up
link set p955 up
link add p956 master br0 type veth peer name q956
link set q956 up
link set p956 up
link add p957 master br0 type veth peer name q957
link set q957 up
link set p957 up
link add p958 master br0 type veth peer name q958
link set q958 up
link set p958 up
link add p959 master br0 type veth peer name q959
link set q959 up
link set p959 up
link add p960 master br0 type veth peer name q960
link set q960 up
link set p960 up
link add p961 master br0 type veth peer name q961
link set q961 up
link set p961 up
link add p962 master br0 type veth peer name q962
link set q962 up
link set p962 up
link add p963 master br0 type veth peer name q963
link set q963 up
link set p963 up
link add p964 master br0 type veth peer name q964
link set q964 up
link set p964 up
link add p965 master br0 type veth peer name q965
link set q965 up
link set p965 up
link add p966 master br0 type veth peer name q966
link set q966 up
link set p966 up
link add p967 master br0 type veth peer name q967
link set q967 up
link set p967 up
link add p968 master br0 type veth peer name q968
link set q968 up
link set p968 up
link add p969 master br0 type veth peer name q969
link set q969 up
link set p969 up
link add p970 master br0 type veth peer name q970
link set q970 up
link set p970 up
link add p971 master br0 type veth peer name q971
link set q971 up
link set p971 up
link add p972 master br0 type veth peer name q972
link set q972 up
link set p972 up
link add p973 master br0 type veth peer name q973
link set q973 up
link set p973 up
link add p974 master br0 type veth peer name q974
link set q974 up
link set p974 up
link add p975 master br0 type veth peer name q975
link set q975 up
link set p975 up
link add p976 master br0 type veth peer name q976
link set q976 up
link set p976 up
link add p977 master br0 type veth peer name q977
link set q977 up
link set p977 up
link add p978 master br0 type veth peer name q978
link set q978 up
link set p978 up
link add p979 master br0 type veth peer name q979
link set q979 up
link set p979 up
link add p980 master br0 type veth peer name q980
link set q980 up
link set p980 up
link add p981 master br0 type veth peer name q981
link set q981 up
link set p981 up
link add p982 master br0 type veth peer name q982
link set q982 up
link set p982 up
link add p983 master br0 type veth peer name q983
link set q983 up
link set p983 up
link add p984 master br0 type veth peer name q984
link set q984 up
link set p984 up
link add p985 master br0 type veth peer name q985
link set q985 up
link set p985 up
link add p986 master br0 type veth peer name q986
link set q986 up
link set p986 up
link add p987 master br0 type veth peer name q987
link set q987 up
link set p987 up
link add p988 master br0 type veth peer name q988
link set q988 up
link set p988 up
link add p989 master br0 type veth peer name q989
link set q989 up
link set p989 up
link add p990 master br0 type veth peer name q990
link set q990 up
link set p990 up
link add p991 master br0 type veth peer name q991
link set q991 up
link set p991 up
link add p992 master br0 type veth peer name q992
link set q992 up
link set p992 up
link add p993 master br0 type veth peer name q993
link set q993 up
link set p993 up
link add p994 master br0 type veth peer name q994
link set q994 up
link set p994 up
link add p995 master br0 type veth peer name q995
link set q995 up
link set p995 up
link add p996 master br0 type veth peer name q996
link set q996 up
link set p996 up
link add p997 master br0 type veth peer name q997
link set q997 up
link set p997 up
link add p998 master br0 type veth peer name q998
link set q998 up
link set p998 up
link add p999 master br0 type veth peer name q999
link set q999 up
link set p999 up
link add p1000 master br0 type veth peer name q1000
link set q1000 up
link set p1000 up
link add p1001 master br0 type veth peer name q1001
link set q1001 up
link set p1001 up
link add p1002 master br0 type veth peer name q1002
link set q1002 up
link set p1002 up
link add p1003 master br0 type veth peer name q1003
link set q1003 up
link set p1003 up
link add p1004 master br0 type veth peer name q1004
link set q1004 up
link set p1004 up
link add p1005 master br0 type veth peer name q1005
link set q1005 up
link set p1005 up
link add p1006 master br0 type veth peer name q1006
link set q1006 up
link set p1006 up
link add p1007 master br0 type veth peer name q1007
link set q1007 up
link set p1007 up
link add p1008 master br0 type veth peer name q1008
link set q1008 up
link set p1008 up
link add p1009 master br0 type veth peer name q1009
link set q1009 up
link set p1009 up
link add p1010 master br0 type veth peer name q1010
link set q1010 up
link set p1010 up
link add p1011 master br0 type veth peer name q1011
link set q1011 up
link set p1011 up
link add p1012 master br0 type veth peer name q1012
link set q1012 up
link set p1012 up
link add p1013 master br0 type veth peer name q1013
link set q1013 up
link set p1013 up
link add p1014 master br0 type veth peer name q1014
link set q1014 up
link set p1014 up
link add p1015 master br0 type veth peer name q1015
link set q1015 up
link set p1015 up
link add p1016 master br0 type veth peer name q1016
link set q1016 up
link set p1016 up
link add p1017 master br0 type veth peer name q1017
link set q1017 up
link set p1017 up
link add p1018 master br0 type veth peer name q1018
link set q1018 up
link set p1018 up
link add p1019 master br0 type veth peer name q1019
link set q1019 up
link set p1019 up
link add p1020 master br0 type veth peer name q1020
link set q1020 up
link set p1020 up
link add p1021 master br0 type veth peer name q1021
link set q1021 up
link set p1021 up
link add p1022 master br0 type veth peer name q1022
link set q1022 up
link set p1022 up
link add p1023 master br0 type veth peer name q1023
link set q1023 up
link set p1023 up
END
ip link add p1024 master br0 type veth peer name q1024
sleep 1
arping -D -c 1 -w 1 -I br0 10.5.9.9 > /dev/null
ip -s link show q1
ip -s link show p1
ip -s link show q22
ip -s link show p22
ip -s link show q23
ip -s link show p23
ip -s link show q1023
ip -s link show p1023
ip -s link show br0
