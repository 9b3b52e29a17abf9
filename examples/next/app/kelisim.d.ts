/// <reference types="kelisim/react" />
